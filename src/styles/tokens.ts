import { css } from 'lit';
import { baseTokens } from './base-tokens.js';

/**
 * The tokens of the form elements (wizard, editor, picker): `baseTokens` and those of controls and buttons: borders,
 * the primary action, focus rings, the alternate surface.
 */
export const tokens = css`
  ${baseTokens}
  :host {
    --_ow-surface-alt: var(--ow-color-surface-alt, light-dark(#f4f5f7, #222));
    --_ow-border: var(--ow-color-border, #889);
    --_ow-primary: var(--ow-color-primary, light-dark(#05c, #8bf));
    --_ow-on-primary: var(--ow-color-on-primary, light-dark(#fff, #111));
    --_ow-focus: var(--ow-color-focus, var(--_ow-primary));
  }
`;
