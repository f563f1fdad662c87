import { css } from 'lit';
import { baseTokens } from './base-tokens.js';

/**
 * The tokens of the form elements (wizard, editor, picker): `baseTokens` and those of controls and buttons: borders,
 * the primary action, focus rings, the alternate surface.
 */
export const tokens = css`
  ${baseTokens}
  :host {
    --_ow-surface-alt: var(--ow-color-surface-alt, #f3f5f8);
    --_ow-border: var(--ow-color-border, #8a93a3);
    --_ow-primary: var(--ow-color-primary, #0b57d0);
    --_ow-on-primary: var(--ow-color-on-primary, #ffffff);
    --_ow-focus: var(--ow-color-focus, #0b57d0);
  }
`;
