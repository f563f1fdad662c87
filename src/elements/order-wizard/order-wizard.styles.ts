import { css } from 'lit';
import { controlBase } from '../../styles/control-base.js';
import { tokens } from '../../styles/tokens.js';

// Colours are the tokens (text at least 7:1 on the surfaces, borders 3:1). Step states, selected options and errors
// are told apart by text, marks and borders as well as colour.
export const styles = [
  tokens,
  controlBase,
  css`
    :host {
      display: block;
      --_gap: var(--order-wizard-gap, var(--_ow-space));
      --_accent: var(--order-wizard-accent, var(--_ow-primary));
      --_error: var(--order-wizard-error-color, var(--_ow-danger));
      --_panel: var(--order-wizard-panel-background, var(--_ow-surface-alt));
      max-width: var(--order-wizard-max-width, 64rem);
    }
    .base { display: grid; gap: calc(var(--_gap) * 3); container-type: inline-size; }
    /* One bold weight (600) for headings, names, marks and the total: each weight is another font the browser finds and
       loads before its first layout (at 4× CPU, 700 beside 600 cost the first step ~13 ms). */
    h2, h3 { margin: 0; line-height: 1.25; font-weight: 600; }
    h2 { font-size: 1.5rem; }
    h3 { font-size: 1.125rem; }
    ul.plain { list-style: none; margin: 0; padding: 0; }
    /* Step marks: a number in a ring to do, a thick accent ring now, a tick on accent done; one row, names wrapping. */
    .steps ol { display: flex; gap: var(--_gap) calc(var(--_gap) * 2); margin: 0; padding: 0; list-style: none; }
    .step { flex: 1 1 auto; min-width: 0; }
    .step-label { display: flex; gap: var(--_gap); align-items: center; padding: 2px; border: 0; border-radius: var(--_ow-radius);
      font: inherit; color: inherit; background: none; text-align: start; }
    .step-name { overflow-wrap: anywhere; }
    button.step-label { cursor: pointer; }
    button.step-label:hover .step-name { text-decoration: underline; }
    .step-number { flex: none; display: grid; place-items: center; position: relative; box-sizing: border-box; width: 2em;
      height: 2em; border: 2px solid var(--_ow-border); border-radius: 50%; font-size: 0.875em; font-weight: 600; }
    .current .step-number { border: 3px solid var(--_accent); color: var(--_accent); }
    .current .step-name { font-weight: 600; }
    .done .step-number { border-color: var(--_accent); background: var(--_accent); color: transparent; }
    .done .step-number::after { content: ''; position: absolute; width: 0.35em; height: 0.7em; margin-top: -0.15em;
      border: solid var(--_ow-on-primary); border-width: 0 2px 2px 0; transform: rotate(45deg); }
    .todo { color: var(--_ow-text-muted); }
    /* Narrow: the marks alone (the step count and the heading name the step). */
    @container (max-width: 44em) {
      .steps ol { flex-wrap: wrap; gap: var(--_gap); }
      .step { flex: none; }
      .step-name { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    }
    /* Two columns by the wizard's own width in its own em (a 40 px root font or 200 % text gets one), not the viewport's. */
    .layout { display: grid; gap: calc(var(--_gap) * 3); align-items: start; }
    @container (min-width: 48em) { .layout { grid-template-columns: minmax(0, 2fr) minmax(14em, 1fr); } }
    .step-panel { display: grid; gap: calc(var(--_gap) * 2); min-width: 0; }
    .step-count { margin: 0; color: var(--_ow-text-muted); }
    .step-content { display: grid; gap: calc(var(--_gap) * 3); }
    .field { display: grid; gap: var(--_gap); min-width: 0; }
    .field-error { border-left: 4px solid var(--_error); padding-left: calc(var(--_gap) * 1.5); }
    .label { font-weight: 600; }
    .hint { color: var(--_ow-text-muted); margin: 0; }
    .error { margin: 0; color: var(--_error); font-weight: 600; }
    .intro { margin: 0; }
    .radios { display: grid; gap: var(--_gap); }
    .radio-section { display: grid; gap: var(--_gap); }
    .section-heading { font-weight: 600; margin-top: var(--_gap); }
    /* Selected: the picker's language (accent border, panel, a ring with a tick), content never shifting. */
    .radio { display: flex; gap: var(--_gap); align-items: flex-start; padding: var(--_gap) calc(var(--_gap) * 1.5);
      border: 1px solid var(--_ow-border); border-radius: var(--_ow-radius); cursor: pointer; background: var(--_ow-surface); }
    .radio:hover, .radio[aria-checked='true'] { border-color: var(--_accent); }
    .radio[aria-checked='true'] { box-shadow: inset 0 0 0 1px var(--_accent); background: var(--_panel); }
    .mark { flex: none; display: grid; place-items: center; box-sizing: border-box; width: 1.25em; height: 1.25em; margin-top: 0.125em;
      border: 2px solid var(--_ow-border); border-radius: 50%; }
    .radio[aria-checked='true'] .mark { border-color: var(--_accent); }
    .radio[aria-checked='true'] .mark::after { content: ''; width: 0.25em; height: 0.5em; margin-top: -0.12em;
      border: solid var(--_accent); border-width: 0 2px 2px 0; transform: rotate(45deg); }
    .text { display: grid; }
    .name { font-weight: 600; }
    .description { color: var(--_ow-text-muted); }
    .input, .select { font: inherit; padding: calc(var(--_gap) * 0.75); border: 2px solid var(--_ow-border);
      border-radius: var(--_ow-radius); min-width: 0; max-width: min(30rem, 100%); background: var(--_ow-surface); color: inherit; }
    [aria-invalid='true'].input, [aria-invalid='true'].select { border-color: var(--_error); }
    .storage, .option-input { display: flex; gap: var(--_gap); align-items: center; flex-wrap: wrap; }
    .options { display: grid; gap: calc(var(--_gap) * 1.5); margin-top: calc(var(--_gap) * 1.5); }
    .order-total { background: var(--_panel); border-radius: var(--_ow-radius); padding: var(--_gap) calc(var(--_gap) * 2); margin-top: var(--_gap); }
    .slider { flex: 1 1 12rem; accent-color: var(--_accent); }
    .number { width: 8rem; }
    .new-profile { display: grid; gap: calc(var(--_gap) * 2); border: 1px solid var(--_ow-border); border-radius: var(--_ow-radius);
      padding: calc(var(--_gap) * 2); margin: 0; min-width: 0; }
    .summary { margin: 0; display: grid; gap: var(--_gap); }
    /* Label, value and "Change" side by side where they fit; in a narrow wizard or with longer words, they wrap. */
    .summary-row { display: flex; flex-wrap: wrap; gap: var(--_gap); border-bottom: 1px solid var(--_ow-border);
      padding-bottom: var(--_gap); }
    /* At least its longest word wide (Dutch "Beschikbaarheidszone"); broken only where one word is wider than the row. */
    .summary dt { font-weight: 600; flex: 1 1 8rem; overflow-wrap: break-word; }
    .summary dd { margin: 0; flex: 2 1 12rem; min-width: 0; overflow-wrap: anywhere; }
    .summary dd.change { flex: 0 0 auto; }
    .documents { display: grid; gap: calc(var(--_gap) * 2); }
    .checkbox { display: flex; gap: var(--_gap); align-items: flex-start; }
    .checkbox input { width: 1.25rem; height: 1.25rem; margin-top: 0.15rem; accent-color: var(--_accent); }
    a { color: var(--_accent); }
    .link { border: 0; background: none; padding: 0; font: inherit; color: var(--_accent); text-decoration: underline; cursor: pointer; }
    .actions { display: flex; gap: var(--_gap); flex-wrap: wrap; align-items: center; }
    .button { font: inherit; font-weight: 600; padding: var(--_gap) calc(var(--_gap) * 2); border-radius: var(--_ow-radius); cursor: pointer;
      border: 2px solid var(--_accent); }
    .primary { background: var(--_accent); color: var(--_ow-on-primary); }
    .secondary { background: var(--_ow-surface); color: var(--_accent); }
    [aria-busy='true'] { cursor: progress; opacity: 0.8; }
    .error-summary, .notice { border: 3px solid var(--_error); padding: calc(var(--_gap) * 2); border-radius: var(--_ow-radius);
      display: grid; gap: var(--_gap); }
    .error-summary > div { display: grid; gap: var(--_gap); }
    .error-summary p { margin: 0; }
    .error-summary a { color: var(--_error); font-weight: 600; }
    .error-summary .fixed a { color: var(--_ow-text-muted); font-weight: 400; text-decoration: line-through; }
    .notice p { margin: 0; }
    .notice-warning { border-color: var(--_ow-warning); background: var(--_panel); }
    .price { background: var(--_panel); border-radius: var(--_ow-radius); padding: calc(var(--_gap) * 2); display: grid; gap: var(--_gap);
      position: sticky; top: var(--_gap); }
    .price-heading { font-size: 1.125rem; }
    .price-config { font-weight: 600; padding-bottom: var(--_gap); border-bottom: 1px solid var(--_ow-border); }
    .price-items { margin: 0; display: grid; gap: calc(var(--_gap) / 2); }
    .price-row { display: flex; justify-content: space-between; gap: var(--_gap); }
    .price-row dd { margin: 0; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .price-row.total { border-top: 1px solid var(--_ow-border); padding-top: calc(var(--_gap) / 2); font-weight: 600; }
    .config-error { border: 3px solid var(--_error); padding: calc(var(--_gap) * 2); border-radius: var(--_ow-radius); }
    .details { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.875rem; margin: 0; }
    /* Motion only where it helps: a choice and a step mark settle, never under reduced motion. */
    @media (prefers-reduced-motion: no-preference) {
      .radio, .step-number { transition: border-color 0.15s, background-color 0.15s; }
    }
    /* Windows high contrast: the selected choice, the done steps and the focus ring in the system's highlight colour. */
    @media (forced-colors: active) {
      .radio[aria-checked='true'] { outline: 2px solid Highlight; }
      .radio[aria-checked='true'] .mark, .current .step-number { border-color: Highlight; }
      .radio[aria-checked='true'] .mark::after { border-color: Highlight; }
      .done .step-number { border-color: Highlight; background: Highlight; color: Highlight; }
      .done .step-number::after { border-color: HighlightText; }
      :focus-visible { outline-color: Highlight; }
    }
  `,
];
