// Step 4: trusted sources, through <trusted-sources-editor required> with the service's rules.
import { html } from 'lit';
import type { ResolveClientAddress, TrustedSourcesEditor } from '../../../elements/trusted-sources-editor/trusted-sources-editor.js';
import { editTrustedSources } from '../../../core/wizard-view.js';
import { trustedSourceRulesFor } from '../../../schema/catalog.js';
import { childField, type StepView } from './fields.js';

/**
 * The editor shows the draft's rows as typed (`entries`: invalid rows and text not committed yet included) and the text
 * of its new-address field not added yet (`newAddress`), and each edit goes back into the draft, so Back, a jump in the
 * step list or a reload loses nothing. Lit sets `entries` on every render; the editor ignores a list equal to the one
 * it holds, so the rows being edited stay as they are.
 */
export function trustedSourcesStep(view: StepView, resolveClientAddress: ResolveClientAddress | undefined) {
  const { t, catalog, draft, service } = view;
  const onEdit = (event: Event) => {
    const editor = event.target as TrustedSourcesEditor;
    const edit = { trustedSources: editor.entries, confirmWholeInternet: editor.wholeInternetConfirmed, pendingTrustedSource: editor.newAddress };
    view.update((now) => editTrustedSources(now, edit));
  };
  return html`<p class="intro">${t('trusted-sources-intro')}</p>
    ${childField(view, 'trustedSources', html`<trusted-sources-editor id="trustedSources" name="trustedSources" required
      .rules=${trustedSourceRulesFor(catalog, service)} .entries=${draft.trustedSources} .newAddress=${draft.pendingTrustedSource ?? ''}
      .resolveClientAddress=${resolveClientAddress}
      ?whole-internet-confirmed=${draft.confirmWholeInternet === true} @input=${onEdit} @change=${onEdit}></trusted-sources-editor>`)}`;
}
