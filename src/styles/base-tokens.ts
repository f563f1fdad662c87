import { css } from 'lit';

/**
 * The design tokens every element reads. Hosts theme the widgets by setting `--ow-*` on any ancestor; each element
 * also has knobs of its own (`--<tag>-<knob>`) that fall back to these. The defaults are light and dark pairs that
 * follow the page's declared `color-scheme` (`light-dark()`): dark where the page declares `dark`, or `light dark` for
 * a user who prefers dark; light where it declares nothing, whatever the user prefers, so a light-only portal never
 * shows a dark widget. The elements never set `color-scheme` themselves. The status badge, often loaded alone, takes
 * only these; the form elements take `tokens` (`./tokens.ts`), which adds those of controls.
 */
export const baseTokens = css`
  :host {
    --_ow-text: var(--ow-color-text, light-dark(#123, #eee));
    --_ow-text-muted: var(--ow-color-text-muted, light-dark(#456, #bbb));
    --_ow-surface: var(--ow-color-surface, light-dark(#fff, #111));
    --_ow-danger: var(--ow-color-danger, light-dark(#b22, #fba));
    --_ow-warning: var(--ow-color-warning, light-dark(#850, #fc6));
    --_ow-success: var(--ow-color-success, light-dark(#163, #8d9));
    --_ow-info: var(--ow-color-info, light-dark(#05c, #8bf));
    --_ow-space: var(--ow-space, 0.5rem);
    --_ow-radius: var(--ow-radius, 0.375rem);
    font-size: var(--ow-font-size, 1rem);
  }

  /* Also on the shadow root's top element: a host page's rule on the tag (* { all: unset }) beats :host. */
  :host,
  .base {
    font-family: var(--ow-font-family, system-ui, sans-serif);
    line-height: 1.5;
    color: var(--_ow-text);
  }

  :host([hidden]) {
    display: none !important;
  }
`;
