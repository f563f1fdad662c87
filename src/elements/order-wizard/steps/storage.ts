// Step 3: storage in GB, a slider and a text field kept in sync. The field keeps what was typed ("abc", "50.5"), so
// the core can say what is wrong with it; the slider shows the nearest valid position.
import { html } from 'lit';
import { storageRulesFor } from '../../../schema/catalog.js';
import { storageSliderValue } from '../../../core/wizard-view.js';
import { formatGigabytes } from '../../../i18n/format.js';
import { describedBy, errorMessage, type StepView } from './fields.js';

export function storageStep(view: StepView) {
  const { t, catalog, draft, service, locale } = view;
  const rules = storageRulesFor(catalog, service);
  const error = view.error('storageGb');
  const slider = storageSliderValue(rules, draft.storageGb);
  const typed = draft.storageGb === undefined ? '' : String(draft.storageGb);
  const set = (storageGb: number | string) => view.update((now) => ({ ...now, storageGb }));
  return html`<div class="field ${error ? 'field-error' : ''}">
    <label part="label" class="label" for="storageGb">${t('storage-label')}</label>
    <div part="hint" class="hint" id="storageGb-hint">${t('storage-hint', { min: rules.minGb, max: rules.maxGb, step: rules.stepGb })}</div>
    ${errorMessage(view, 'storageGb-error', error)}
    <div class="storage">
      <label class="visually-hidden" for="storageGb-slider">${t('storage-slider-label')}</label>
      <input part="control" class="slider" id="storageGb-slider" type="range" min=${rules.minGb} max=${rules.maxGb}
        step=${rules.stepGb} .value=${String(slider)} aria-valuetext=${formatGigabytes(slider, locale)}
        aria-describedby="storageGb-hint" @input=${(event: Event) => set((event.target as HTMLInputElement).valueAsNumber)} />
      <input part="control" class="input number" id="storageGb" name="storageGb" type="text" inputmode="decimal"
        autocomplete="off" spellcheck="false" .value=${typed} aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy('storageGb-hint', error && 'storageGb-error')}
        @input=${(event: Event) => set((event.target as HTMLInputElement).value)} />
      <span class="unit" aria-hidden="true">GB</span>
    </div>
  </div>`;
}
