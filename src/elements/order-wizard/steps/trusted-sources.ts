// Step 4: trusted sources, through <trusted-sources-editor required> with the service's rules.
import { html } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { EditorSource, TrustedSourcesEditor } from '../../../elements/trusted-sources-editor/trusted-sources-editor.js';
import { trustedSourceRulesFor } from '../../../schema/catalog.js';
import { childField, type StepView } from './fields.js';

/**
 * `sources` seeds the editor when the step opens. Lit sets object-valued properties on every render, and the editor's
 * `sources` setter replaces its rows: `guard` sets them only when the seed itself changes, so the rows the customer
 * is editing (also invalid ones) stay.
 */
export function trustedSourcesStep(view: StepView, sources: readonly EditorSource[]) {
  const { t, catalog, draft, service } = view;
  const onChange = (event: Event) => {
    const editor = event.target as TrustedSourcesEditor;
    const rows = editor.sources.map(({ cidr, label }) => (label ? { address: cidr, label } : { address: cidr }));
    view.update((now) => ({ ...now, trustedSources: rows, confirmWholeInternet: editor.wholeInternetConfirmed }));
  };
  return html`<p class="intro">${t('trusted-sources-intro')}</p>
    ${childField(view, 'trustedSources', html`<trusted-sources-editor id="trustedSources" name="trustedSources" required
      .rules=${trustedSourceRulesFor(catalog, service)} .sources=${guard([sources], () => sources)}
      ?whole-internet-confirmed=${draft.confirmWholeInternet === true} @change=${onChange}></trusted-sources-editor>`)}`;
}
