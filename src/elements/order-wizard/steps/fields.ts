// Shared parts of the step templates: the view-model every step receives, radiogroups and text fields in the GOV.UK
// shape (label, hint, error with a hidden "Error:" prefix, control described by hint and error).
import { html, nothing, type TemplateResult } from 'lit';
import type { OrderDraft } from '../../../core/wizard-draft.js';
import { radioClick } from '../../../controllers/roving-tabindex.js';
import { tabStop } from '../../../core/tab-stop.js';
import type { FieldId } from '../../../core/wizard-view.js';
import type { OrderWizardMessageKey } from '../../../i18n/order-wizard.messages.js';
import type { Locale, MessageParams } from '../../../i18n/translate.js';
import type { CatalogInLocale, InLocale } from '../../../core/localized-text.js';
import type { Service } from '../../../schema/catalog.js';

/** Radiogroups with a roving tab stop; the element keeps one keydown listener per group (`RadioGroupsController`). */
export type RadioGroupName = 'service' | 'version' | 'region' | 'zone' | 'billing' | `option-${string}`;

/** What a step template gets from the wizard: the data to show and the ways to change it. */
export interface StepView {
  t(key: OrderWizardMessageKey, params?: MessageParams): string;
  locale: Locale;
  /** The catalog with its texts in the page's language. */
  catalog: CatalogInLocale;
  draft: OrderDraft;
  service: InLocale<Service> | undefined;
  /** The error to show at a field (localised), once errors show on this step. */
  error(field: FieldId): string | undefined;
  /**
   * Changes the draft: `change` gets the draft as it is now (not as rendered: two changes in one task must not undo
   * each other); the wizard fills in forced choices, saves, prices and fires `order-change`. Returning `draft` itself
   * changes nothing.
   */
  update(change: (draft: OrderDraft) => OrderDraft): void;
  /** Keyboard handling of a radiogroup: arrows, Home/End move and pick; Space and Enter pick. */
  radioKeydown(group: RadioGroupName): (event: KeyboardEvent) => void;
  money(amount: string): string;
}

export interface RadioOption {
  value: string;
  label: string;
  description?: string | undefined;
}

/** A visually hidden "Error:" and the message; `id` is what the control's `aria-describedby` names. */
export function errorMessage(view: StepView, id: string, error: string | undefined) {
  return error
    ? html`<p part="error" class="error" id=${id}><span class="visually-hidden">${view.t('error-prefix')} </span>${error}</p>`
    : nothing;
}

/** Ids for `aria-describedby`: the hint first, then the error, leaving out what is not shown. */
export const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || nothing;

// Tags meet without white space where it would only be a text node between blocks (a step shows many options). A
// click is the group's (`radioClick`), by the option's `data-value`.
function radio(option: RadioOption, checked: boolean, stop: boolean, id: string) {
  const descriptionId = option.description ? `${id}-description` : undefined;
  return html`<div part="option" class="radio" role="radio" data-value=${option.value} aria-checked=${checked ? 'true' : 'false'}
    aria-labelledby=${`${id}-name`} aria-describedby=${descriptionId ?? nothing} tabindex=${stop ? '0' : '-1'}
    ><span class="mark" aria-hidden="true"></span><span class="text"><span class="name" id=${`${id}-name`}>${option.label}</span>
      ${descriptionId ? html`<span class="description" id=${descriptionId}>${option.description}</span>` : nothing}</span></div>`;
}

export interface RadioGroupConfig {
  /** The field id: the group's DOM id, and the path of its errors. */
  field: FieldId;
  group: RadioGroupName;
  label: string;
  hint?: string | undefined;
  /** Options, or sections of options under a sub-heading (services by kind). */
  options: RadioOption[] | { heading: string; options: RadioOption[] }[];
  value: string | undefined;
  /** Default true; false for a choice with a "no preference" option. */
  required?: boolean;
  onPick(value: string): void;
}

/** A radiogroup with a visible label, optional hint and error; options are `role="radio"` with one tab stop. */
export function radioGroup(view: StepView, config: RadioGroupConfig): TemplateResult {
  const { field, group, label, hint } = config;
  const error = view.error(field);
  const options = config.options as (RadioOption | { heading: string; options: RadioOption[] })[];
  // The one tab stop: the checked option, else the first.
  const stop = tabStop(options.flatMap((entry) => ('heading' in entry ? entry.options : [entry])), (option) => option.value === config.value);
  const item = (option: RadioOption, index: number, section = 0) =>
    radio(option, option.value === config.value, option === stop, `${group}-${section}-${index}`);
  const content = options.map((entry, section) =>
    'heading' in entry
      ? html`<div role="group" class="radio-section" aria-labelledby=${`${group}-section-${section}`}><div class="section-heading"
          id=${`${group}-section-${section}`}>${entry.heading}</div>${entry.options.map((option, index) => item(option, index, section))}</div>`
      : item(entry, section),
  );
  return html`<div class="field ${error ? 'field-error' : ''}"><div part="label" class="label" id=${`${field}-label`}>${label}</div
    >${hint ? html`<div part="hint" class="hint" id=${`${field}-hint`}>${hint}</div>` : nothing}${errorMessage(view, `${field}-error`, error)
    }<div part="control" class="radios group-${group}" role="radiogroup" id=${field} aria-labelledby=${`${field}-label`}
      aria-describedby=${describedBy(hint && `${field}-hint`, error && `${field}-error`)} aria-required=${config.required === false ? 'false' : 'true'}
      aria-invalid=${error ? 'true' : 'false'} @keydown=${view.radioKeydown(group)}
      @click=${(event: MouseEvent) => radioClick(event, config.onPick)}>${content}</div></div>`;
}

export interface TextFieldConfig {
  field: FieldId;
  label: string;
  value: string;
  autocomplete: string;
  type?: 'text' | 'email';
  hint?: string | undefined;
  onInput(value: string): void;
}

/** A labelled text input with hint and error. */
export function textField(view: StepView, config: TextFieldConfig): TemplateResult {
  const { field, hint } = config;
  const error = view.error(field);
  return html`<div class="field ${error ? 'field-error' : ''}">
    <label part="label" class="label" for=${field}>${config.label}</label>
    ${hint ? html`<div part="hint" class="hint" id=${`${field}-hint`}>${hint}</div>` : nothing}
    ${errorMessage(view, `${field}-error`, error)}
    <input part="control" class="input" id=${field} name=${field} type=${config.type ?? 'text'} .value=${config.value}
      autocomplete=${config.autocomplete} spellcheck="false" aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy(hint && `${field}-hint`, error && `${field}-error`)}
      @input=${(event: Event) => config.onInput((event.target as HTMLInputElement).value)} />
  </div>`;
}

/**
 * A wrapper for a child element (picker, editor): its label lives inside the child, so the wrapper is a group that
 * carries the wizard's error for the field and is described by it.
 */
export function childField(view: StepView, field: FieldId, child: TemplateResult): TemplateResult {
  const error = view.error(field);
  return html`<div class="field ${error ? 'field-error' : ''}" role="group" aria-describedby=${describedBy(error && `${field}-error`)}>
    ${errorMessage(view, `${field}-error`, error)} ${child}
  </div>`;
}
