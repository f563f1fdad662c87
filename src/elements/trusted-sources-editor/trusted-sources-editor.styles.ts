import { css } from 'lit';
import { controlBase } from '../../styles/control-base.js';
import { tokens } from '../../styles/tokens.js';

// Messages are text first ("Error:", "Warning:", "Note:" for screen readers; the words themselves say what is wrong);
// colour and the left border only repeat it. Default colours keep at least 4.5:1 on --ow-color-surface and -surface-alt.
export const styles = [
  tokens,
  controlBase,
  css`
    :host {
      display: block;
      --_gap: var(--trusted-sources-editor-gap, var(--_ow-space));
      --_half: calc(var(--_gap) / 2);
      --_row-background: var(--trusted-sources-editor-row-background, var(--_ow-surface-alt));
      --_input-border: var(--trusted-sources-editor-input-border, var(--_ow-border));
      --_radius: var(--trusted-sources-editor-radius, var(--_ow-radius));
      --_error: var(--trusted-sources-editor-error-color, var(--_ow-danger));
      --_warning: var(--trusted-sources-editor-warning-color, var(--_ow-warning));
    }

    .base {
      container-type: inline-size;
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
      display: grid;
      gap: var(--_gap);
    }

    legend {
      padding: 0;
      margin-block-end: var(--_half);
      font-weight: 600;
      font-size: 1.125em;
    }

    p {
      margin: 0;
    }

    .hint,
    .meta,
    .note,
    .empty,
    .columns > span {
      color: var(--_ow-text-muted);
      font-size: 0.875em;
    }

    /*
     * The headings and each row are grids of their own with the same columns, so the headings line up with the inputs
     * without sharing tracks: one subgrid over every row made each keystroke lay out all of them (1,000 rows: ~80 ms).
     * Contained, in plain block flow, a row lays out alone. The button column is at least as wide as "Remove" and
     * "Entfernen" (the headings have no button); a wider button (a longer message, a styled part) still fits, only the
     * headings then sit a little off.
     */
    .columns {
      margin-block-end: var(--_half);
    }

    .row + .row {
      margin-block-start: var(--_half);
    }

    .columns,
    .row {
      display: grid;
      grid-template-columns: minmax(10rem, 2fr) minmax(6rem, 1fr) minmax(6.5em, auto);
      gap: var(--_half) var(--_gap);
      align-items: center;
    }

    .columns,
    .row {
      padding: 0 var(--_gap);
      border-inline-start: 4px solid transparent;
    }

    .list {
      list-style: none;
      margin: 0;
      padding: 0;
    }

    .row {
      contain: layout style;
      padding-block: var(--_half);
      border-radius: var(--_radius);
      background: var(--_row-background);
    }

    /*
     * In a long list a row off screen is neither laid out nor painted (content-visibility), at the size it last had
     * or, never drawn, about one row with its meta line; it stays in the accessibility tree, in find-in-page and in
     * tab order. A keystroke then lays out the rows on screen, not 1,000. A short list (50 rows or fewer) draws every
     * row: there the browser's bookkeeping costs more than it saves, and a full-page picture shows every row as it is.
     */
    .list.long > .row {
      content-visibility: auto;
      contain-intrinsic-block-size: auto 4.25rem;
    }

    .row[data-invalid] {
      border-inline-start-color: var(--_error);
    }

    .row > .meta,
    .row > .message {
      grid-column: 1 / -1;
    }

    input[type='text'] {
      box-sizing: border-box;
      width: 100%;
      min-width: 0;
      padding: var(--_half) var(--_gap);
      font: inherit;
      color: var(--_ow-text);
      background: var(--_ow-surface);
      border: 1px solid var(--_input-border);
      border-radius: var(--_radius);
    }

    input.address,
    #new-address {
      font-family: ui-monospace, Menlo, Consolas, monospace;
    }

    input[aria-invalid='true'] {
      border: 2px solid var(--_error);
    }

    button {
      font: inherit;
      padding: var(--_half) var(--_gap);
      border-radius: var(--_radius);
      border: 1px solid var(--_ow-primary);
      background: var(--_ow-surface);
      color: var(--_ow-primary);
      cursor: pointer;
    }

    .add-button {
      background: var(--_ow-primary);
      color: var(--_ow-on-primary);
    }

    button[aria-busy='true'] {
      cursor: progress;
    }

    :disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }

    .add {
      display: grid;
      gap: var(--_half);
    }

    .add > label {
      font-weight: 600;
    }

    .add-controls {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_gap);
    }

    .add-controls > input {
      flex: 1 1 14rem;
      width: auto;
    }

    .message {
      padding-inline-start: var(--_gap);
      border-inline-start: 3px solid var(--_ow-info);
      font-size: 0.875em;
    }

    .message.error {
      color: var(--_error);
      border-color: var(--_error);
      font-weight: 600;
    }

    .message.warning {
      color: var(--_warning);
      border-color: var(--_warning);
    }

    .confirm {
      display: flex;
      gap: var(--_gap);
      align-items: flex-start;
    }

    .confirm > input {
      margin-block-start: 0.3em;
      inline-size: 1.1em;
      block-size: 1.1em;
    }

    @container (max-width: 36em) {
      .columns {
        display: none;
      }
      .row {
        grid-template-columns: 1fr auto;
      }
      .row > input.address {
        grid-column: 1 / -1;
      }
    }
  `,
];
