import { css } from 'lit';
import { controlBase } from '../../styles/control-base.js';
import { tokens } from '../../styles/tokens.js';

// Default colours are the tokens: text and muted text have at least 7:1 on the surface colours, the option border
// (#8a93a3) 3.2:1 on white (non-text contrast). The selected option is told apart by a tick and a thicker border,
// never by colour alone; a disabled size keeps readable text and says why it is disabled.
export const styles = [
  tokens,
  controlBase,
  css`
    :host {
      display: block;
      --_gap: var(--node-size-picker-gap, var(--_ow-space));
      --_min-width: var(--node-size-picker-option-min-width, 11rem);
      --_padding: var(--node-size-picker-option-padding, calc(var(--_ow-space) * 1.5));
      --_radius: var(--node-size-picker-option-radius, var(--_ow-radius));
      --_background: var(--node-size-picker-option-background, var(--_ow-surface));
      --_border: var(--node-size-picker-option-border-color, var(--_ow-border));
      --_selected: var(--node-size-picker-selected-color, var(--_ow-primary));
      --_selected-background: var(--node-size-picker-selected-background, var(--_ow-surface-alt));
      --_error: var(--node-size-picker-error-color, var(--_ow-danger));
    }

    /*
     * The sections and their lines stack in block flow, spaced by margins as a gap would space them: a grid in a grid
     * in a grid lays the options out again for each level (measured: 3 ms of layout for a first render where a plain
     * stack of the same options takes 1).
     */
    .base > * + *,
    .section > * + * {
      margin-block-start: var(--_gap);
    }

    .base > * + * {
      margin-block-start: calc(var(--_gap) * 3);
    }

    .label {
      font-weight: 600;
    }

    .hint {
      color: var(--_ow-text-muted);
    }

    .live:empty {
      display: none;
    }

    .error {
      margin: 0;
      color: var(--_error);
      font-weight: 600;
    }

    .empty {
      margin: 0;
      color: var(--_ow-text-muted);
    }

    .options {
      display: grid;
      gap: var(--_gap);
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_min-width)), 1fr));
    }

    .types {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, calc(var(--_min-width) * 1.5)), 1fr));
    }

    .sizes[aria-invalid='true'] {
      padding-inline-start: var(--_gap);
      border-inline-start: 4px solid var(--_error);
    }

    .option {
      display: flex;
      align-items: flex-start;
      gap: var(--_gap);
      box-sizing: border-box;
      padding: var(--_padding);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_background);
      color: var(--_ow-text);
      cursor: pointer;
      /* The thicker selected border must not shift the content. */
      box-shadow: inset 0 0 0 1px transparent;
    }

    .option:hover:not([aria-disabled='true']) {
      border-color: var(--_selected);
    }

    .option[aria-checked='true'] {
      border-color: var(--_selected);
      box-shadow: inset 0 0 0 2px var(--_selected);
      background: var(--_selected-background);
    }

    .option[aria-disabled='true'] {
      cursor: not-allowed;
      border-style: dashed;
      background: var(--_ow-surface-alt);
    }

    /*
     * The check: a ring, with a tick in it when checked, drawn by borders in a 1.25em square of 24 units (the ring of
     * radius 9, the tick's corner at 10.8, 15.3), as an icon would draw it; lines of 2.4 units, 2 px at 16 px text
     * (a border is drawn in whole pixels). An SVG per option cost a third of the picker's first layout.
     */
    .check {
      --_u: calc(1.25em / 24);
      flex: none;
      position: relative;
      box-sizing: border-box;
      width: calc(var(--_u) * 20);
      height: calc(var(--_u) * 20);
      margin: calc(0.125em + var(--_u) * 2) calc(var(--_u) * 2) calc(var(--_u) * 2);
      border: calc(var(--_u) * 2.4) solid var(--_border);
      border-radius: 50%;
    }

    [aria-checked='true'] > .check {
      border-color: var(--_selected);
    }

    [aria-checked='true'] > .check::after {
      content: '';
      position: absolute;
      box-sizing: border-box;
      left: calc(var(--_u) * 5.7);
      top: calc(var(--_u) * 3.26);
      width: calc(var(--_u) * 5);
      height: calc(var(--_u) * 9);
      border: solid var(--_selected);
      border-width: 0 calc(var(--_u) * 2.4) calc(var(--_u) * 2.4) 0;
      border-radius: 0 0 calc(var(--_u) * 1) 0;
      transform: rotate(45deg);
    }

    .text {
      min-width: 0;
    }

    .text > * {
      display: block;
    }

    .text > * + * {
      margin-block-start: calc(var(--_gap) / 4);
    }

    .name {
      font-weight: 600;
    }

    .description,
    .specs,
    .reason {
      color: var(--_ow-text-muted);
    }

    .price {
      font-variant-numeric: tabular-nums;
    }

    .reason {
      font-style: italic;
    }

    @media (forced-colors: active) {
      .option[aria-checked='true'] {
        outline: 2px solid Highlight;
      }
    }
  `,
];
