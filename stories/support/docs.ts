// The top of each element's docs page: what the element is (its class JSDoc, from the custom-elements manifest), how
// to import and use it, and the design tokens it reads with their light and dark defaults.

/** The custom-elements manifest, put in by .storybook/main.ts (`viteFinal` → Vite `define`). */
declare const __CUSTOM_ELEMENTS_MANIFEST__: {
  modules: { declarations?: { tagName?: string; description?: string; summary?: string }[] }[];
};

/** The `--ow-*` tokens, as src/styles/base-tokens.ts and tokens.ts default them (light / dark). */
const TOKENS: readonly [string, string, string][] = [
  ['--ow-font-family', 'system-ui, sans-serif', 'The text face'],
  ['--ow-font-size', '1rem', 'The base size; everything scales with it'],
  ['--ow-color-text', '#123 / #eee', 'Text'],
  ['--ow-color-text-muted', '#456 / #bbb', 'Hints, secondary text, steps to do'],
  ['--ow-color-surface', '#fff / #111', 'Fields and options'],
  ['--ow-color-surface-alt', '#f4f5f7 / #222', 'Panels, rows, the selected choice'],
  ['--ow-color-border', '#889', 'Borders (3:1 on both surfaces)'],
  ['--ow-color-primary', '#05c / #8bf', 'Buttons, links, the selected choice and done steps'],
  ['--ow-color-on-primary', '#fff / #111', 'Text on the primary colour'],
  ['--ow-color-focus', 'the primary colour', 'Focus ring'],
  ['--ow-color-danger', '#b22 / #fba', 'Errors'],
  ['--ow-color-warning', '#850 / #fc6', 'Warnings'],
  ['--ow-color-success', '#163 / #8d9', 'Success'],
  ['--ow-color-info', '#05c / #8bf', 'Notes'],
  ['--ow-space', '0.5rem', 'The spacing unit'],
  ['--ow-radius', '0.375rem', 'Corner radius'],
];

const tokenTable = [
  '| Token | Default (light / dark) | Used for |',
  '| --- | --- | --- |',
  ...TOKENS.map(([name, value, use]) => `| \`${name}\` | \`${value}\` | ${use} |`),
].join('\n');

function describedInManifest(tag: string): string {
  for (const module of __CUSTOM_ELEMENTS_MANIFEST__.modules) {
    const found = module.declarations?.find((declaration) => declaration.tagName === tag);
    // Storybook shows the summary above the page already.
    if (found) return found.description ?? '';
  }
  return '';
}

/**
 * The docs page's description of `tag`: the class JSDoc, then "Import and use" (`usage`: the element in a page, HTML)
 * and the design tokens. Per-element knobs (`--<tag>-*`) are in the table below it, under "css custom properties".
 */
export function elementDocs(tag: string, usage: string): string {
  return `${describedInManifest(tag)}

## Import and use

\`\`\`js
import 'order-widgets/${tag}/define'; // registers <${tag}> (or 'order-widgets/define' for all four)
\`\`\`

\`\`\`html
${usage.trim()}
\`\`\`

The table below lists every attribute and property with its default value, the events, parts and the element's own
CSS knobs (\`--${tag}-*\`), which fall back to the design tokens.

## Design tokens

Set them on any ancestor. Colour defaults follow the page's declared \`color-scheme\` (light where it declares
nothing, dark for \`color-scheme: dark\`, or \`light dark\` with a user who prefers dark); see the Theming stories for a
partner's brand made from the tokens alone.

${tokenTable}`;
}
