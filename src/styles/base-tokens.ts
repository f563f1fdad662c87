import { css } from 'lit';

/**
 * The design tokens every element reads. Hosts theme the widgets by setting `--ow-*` on any ancestor; each element
 * also has knobs of its own (`--<tag>-<knob>`) that fall back to these. The status badge, often loaded alone, takes
 * only these; the form elements take `tokens` (`./tokens.ts`), which adds those of controls.
 */
export const baseTokens = css`
  :host {
    --_ow-text: var(--ow-color-text, #1d2330);
    --_ow-text-muted: var(--ow-color-text-muted, #4f5868);
    --_ow-surface: var(--ow-color-surface, #ffffff);
    --_ow-danger: var(--ow-color-danger, #b3261e);
    --_ow-warning: var(--ow-color-warning, #8a5300);
    --_ow-success: var(--ow-color-success, #146c2e);
    --_ow-info: var(--ow-color-info, #0b57d0);
    --_ow-space: var(--ow-space, 0.5rem);
    --_ow-radius: var(--ow-radius, 0.375rem);
    font-size: var(--ow-font-size, 1rem);
  }

  /* Also on the shadow root's top element: a host page's rule on the tag (* { all: unset }) beats :host. */
  :host,
  .base {
    font-family: var(--ow-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    line-height: 1.5;
    color: var(--_ow-text);
  }

  :host([hidden]) {
    display: none !important;
  }
`;
