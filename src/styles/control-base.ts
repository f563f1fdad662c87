import { css } from 'lit';

/**
 * For elements with controls: the focus ring and visually hidden text (error prefixes, live regions). Kept out of
 * `tokens` because `<order-status-badge>` has no controls and is often loaded alone.
 */
export const controlBase = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  :focus-visible {
    outline: 3px solid var(--_ow-focus);
    outline-offset: 2px;
  }
`;
