// The build's minification of lit's html`…`, svg`…` and css`…` templates in the project's own src/ modules, by the Lit
// team's @lit-labs/rollup-plugin-minify-html-literals (html-minifier-next for markup, lightningcss for styles). The JS
// minifier leaves template text alone, so without it the indentation of every template would ship as written.
// Why this tool, and the figures: README, "Size".
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { Features } from 'lightningcss';
import { join, normalize, sep } from 'node:path';

const SRC = join(import.meta.dirname, '..', 'src') + sep;

/** The browsers that run ES2022, the build's target, natively (lightningcss encodes a version as major << 16 | minor << 8). */
const ES2022_BROWSERS = {
  chrome: 94 << 16,
  edge: 94 << 16,
  firefox: 93 << 16,
  safari: (16 << 16) | (4 << 8),
  ios_saf: (16 << 16) | (4 << 8),
};

/** html-minifier-next options, on top of the plugin's defaults (whitespace collapsed, comments removed). */
export const MINIFY_OPTIONS = {
  // An svg`…` template has no <svg> around it, so html-minifier takes `<circle/>` for an HTML element and drops the
  // slash; the browser then nests the next shape inside the circle, where it is not drawn.
  keepClosingSlash: true,
  // A whitespace run becomes one space and is never removed. Otherwise the runs next to elements html-minifier takes
  // for blocks go too, custom elements among them: `Status: <order-status-badge>` would lose its space.
  conservativeCollapse: true,
  // The plugin's default drops empty `value`, `lang`, `title`, … attributes, but `<input type="checkbox" value="">`
  // submits "" and without the attribute "on"; `lang=""` and `title=""` mean something too.
  removeEmptyAttributes: false,
  // Without targets lightningcss writes for the newest browsers only, e.g. `@media (width<=48rem)` for
  // `(max-width: 48rem)`, which Chrome before 104 ignores.
  // light-dark() stays as written: its fallback (variables set where a rule declares color-scheme) cannot see the
  // host page's color-scheme, which the theme follows.
  minifyCSS: { targets: ES2022_BROWSERS, exclude: Features.LightDark },
};

/** Whether a module is one of the project's own under src/ (not a dependency, story or test). */
export function isOwnModule(/** @type {string} */ id) {
  const file = normalize(id.replace(/[?#].*$/, ''));
  return file.startsWith(SRC) && /\.[cm]?[jt]s$/.test(file);
}

/**
 * The Vite plugin, for builds only (the dev server serves templates as written). A template the minifier cannot
 * handle fails the build instead of shipping as written unnoticed.
 * @returns {import('vite').Plugin}
 */
export function templateMinifier() {
  const plugin = minifyHtmlLiterals({ filter: isOwnModule, failOnError: true, options: { minifyOptions: MINIFY_OPTIONS } });
  return { ...plugin, name: 'order-widgets:template-minifier', apply: 'build' };
}
