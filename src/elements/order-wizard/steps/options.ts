// The catalog's options: in the Options step, or below the content of the step an option names (`showIn`). Each type
// is an accessible control in the GOV.UK shape: a choice a radiogroup, a toggle a checkbox, a number and a text an
// input; label, hint (the option's description, a number's range), error.
import { html, nothing, type TemplateResult } from 'lit';
import type { InLocale } from '../../../core/localized-text.js';
import { draftOptions } from '../../../core/wizard-steps.js';
import type { FieldId } from '../../../core/wizard-view.js';
import type { OrderDraft } from '../../../core/wizard-draft.js';
import { optionRecap } from '../../../core/options.js';
import { formatNumber, formatOptionValue } from '../../../i18n/format.js';
import type { CatalogOption, OptionStep } from '../../../schema/catalog.js';
import { formatPath } from '../../../schema/issues.js';
import { describedBy, errorMessage, radioGroup, type StepView } from './fields.js';

type Option = InLocale<CatalogOption>;

/** The value the control shows: typed, else the option's default. */
function shown(option: Option, draft: OrderDraft): string | number | boolean | undefined {
  const typed = draft.options && Object.hasOwn(draft.options, option.id) ? draft.options[option.id] : undefined;
  return typed ?? option.default;
}

function setValue(view: StepView, id: string, value: string | number | boolean): void {
  view.update((now) => ({ ...now, options: { ...now.options, [id]: value } }));
}

function optionControl(view: StepView, option: Option): TemplateResult {
  const { t, draft, locale } = view;
  const field = formatPath(['options', option.id]) as FieldId;
  const value = shown(option, draft);
  const label = option.required || option.type === 'toggle' || option.type === 'choice' ? option.label : `${option.label} ${t('option-optional')}`;
  if (option.type === 'choice') {
    return radioGroup(view, {
      field, group: `option-${option.id}`, label, hint: option.description, value: typeof value === 'string' ? value : undefined,
      required: option.required,
      options: (option.choices ?? []).map((choice) => ({ value: choice.id, label: choice.label, description: choice.description })),
      onPick: (picked) => setValue(view, option.id, picked),
    });
  }
  const error = view.error(field);
  const hintId = `${field}-hint`;
  const errorId = `${field}-error`;
  if (option.type === 'toggle') {
    return html`<div class="field option ${error ? 'field-error' : ''}">
      ${errorMessage(view, errorId, error)}
      <div class="checkbox">
        <input part="control" type="checkbox" id=${field} .checked=${value === true} aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy(option.description && hintId, error && errorId)}
          @change=${(event: Event) => setValue(view, option.id, (event.target as HTMLInputElement).checked)} />
        <label part="label" for=${field}>${label}</label>
      </div>
      ${option.description ? html`<div part="hint" class="hint" id=${hintId}>${option.description}</div>` : nothing}
    </div>`;
  }
  const unit = option.unit ? ` ${option.unit}` : '';
  const range = option.type === 'number'
    ? t('option-range', {
      min: `${formatNumber(option.min ?? 0, locale)}${unit}`, max: `${formatNumber(option.max ?? 0, locale)}${unit}`,
      step: `${formatNumber(option.step ?? 1, locale)}${unit}`,
    })
    : '';
  const hint = [option.description, range].filter(Boolean).join(' ');
  return html`<div class="field option ${error ? 'field-error' : ''}">
    <label part="label" class="label" for=${field}>${label}</label>
    ${hint ? html`<div part="hint" class="hint" id=${hintId}>${hint}</div>` : nothing}
    ${errorMessage(view, errorId, error)}
    <div class="option-input">
      <input part="control" class="input ${option.type === 'number' ? 'number' : ''}" id=${field} name=${field} type="text"
        inputmode=${option.type === 'number' ? 'numeric' : 'text'} autocomplete="off" spellcheck="false"
        .value=${value === undefined ? '' : String(value)} aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy(hint && hintId, error && errorId)}
        @input=${(event: Event) => setValue(view, option.id, (event.target as HTMLInputElement).value)} />
      ${option.unit ? html`<span class="unit" aria-hidden="true">${option.unit}</span>` : nothing}
    </div>
  </div>`;
}

/** The options offered for the draft that show in `step`; nothing when there are none. */
export function optionFields(view: StepView, step: OptionStep) {
  const options = draftOptions(view.catalog, view.draft).filter((option) => option.showIn === step) as Option[];
  if (!options.length) return nothing;
  return html`<div class="options">${options.map((option) => optionControl(view, option))}</div>`;
}

/** The options' values for the summary: each offered option's label and its value in words. */
export function optionSummary(view: StepView): { label: string; value: string; step: OptionStep }[] {
  const words = { on: view.t('option-on'), off: view.t('option-off') };
  return optionRecap(draftOptions(view.catalog, view.draft) as Option[], view.draft.options ?? {})
    .map((entry) => ({ label: entry.option.label, value: formatOptionValue(entry, words), step: entry.option.showIn }));
}
