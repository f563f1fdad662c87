// Step 6: an existing invoice profile of the customer, or "New invoice profile" with its form.
import { html, nothing } from 'lit';
import { NEW_PROFILE_FIELDS, type NewProfileField } from '../../../core/wizard-draft.js';
import type { Locale } from '../../../i18n/translate.js';
import { COUNTRY_CODES } from '../../../schema/order.js';
import { describedBy, errorMessage, radioGroup, textField, type StepView } from './fields.js';

/** An existing invoice profile, as the host passes it in `billingProfiles`. */
export interface BillingProfileOption {
  id: string;
  /** What the customer recognises it by, e.g. "ACME GmbH, Cologne". */
  label: string;
  description?: string;
}

// Not a possible profile id: ids are trimmed text.
const NEW = ' new';

const AUTOCOMPLETE: Record<NewProfileField, string> = {
  company: 'organization',
  contactName: 'name',
  email: 'email',
  street: 'street-address',
  postalCode: 'postal-code',
  city: 'address-level2',
  country: 'country',
  vatId: 'off',
};

const countryLists = new Map<Locale, { code: string; name: string }[]>();

/** Every ISO 3166-1 code with its name in the locale, sorted by that name. */
function countries(locale: Locale): { code: string; name: string }[] {
  let list = countryLists.get(locale);
  if (!list) {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      names = undefined;
    }
    const collator = new Intl.Collator(locale);
    list = [...COUNTRY_CODES]
      .map((code) => ({ code, name: names?.of(code) ?? code }))
      .sort((a, b) => collator.compare(a.name, b.name));
    countryLists.set(locale, list);
  }
  return list;
}

export function billingStep(view: StepView, profiles: readonly BillingProfileOption[]) {
  const { t, draft } = view;
  const billing = draft.billing;
  const value = billing.mode === 'new' ? NEW : billing.mode === 'existing' ? billing.profileId : undefined;
  const pick = (id: string) =>
    view.update((now) => ({
      ...now, billing: id === NEW ? { ...now.billing, mode: 'new' } : { ...now.billing, mode: 'existing', profileId: id },
    }));
  const set = (field: NewProfileField, text: string) =>
    view.update((now) => ({ ...now, billing: { ...now.billing, newProfile: { ...now.billing.newProfile, [field]: text } } }));
  const field = (name: NewProfileField) => {
    const id = `billingProfile.new.${name}` as const;
    if (name !== 'country') {
      return textField(view, {
        field: id, label: t(`field-${name}`), value: billing.newProfile[name], autocomplete: AUTOCOMPLETE[name],
        type: name === 'email' ? 'email' : 'text', hint: name === 'vatId' ? t('vat-hint') : undefined,
        onInput: (text) => set(name, text),
      });
    }
    const error = view.error(id);
    const chosen = billing.newProfile.country.trim().toUpperCase();
    return html`<div class="field ${error ? 'field-error' : ''}">
      <label part="label" class="label" for=${id}>${t('field-country')}</label>
      ${errorMessage(view, `${id}-error`, error)}
      <select part="control" class="select" id=${id} name=${id} autocomplete="country" aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy(error && `${id}-error`)}
        @change=${(event: Event) => set('country', (event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!chosen}>${t('country-choose')}</option>
        ${countries(view.locale).map(({ code, name }) => html`<option value=${code} ?selected=${code === chosen}>${name}</option>`)}
      </select>
    </div>`;
  };
  return html`
    ${radioGroup(view, {
      field: 'billingProfile', group: 'billing', label: t('billing-label'), hint: t('billing-hint'),
      options: [
        ...profiles.map((profile) => ({ value: profile.id, label: profile.label, description: profile.description })),
        { value: NEW, label: t('billing-new') },
      ],
      value,
      onPick: pick,
    })}
    ${billing.mode === 'new'
      ? html`<fieldset class="new-profile"><legend part="label" class="label">${t('billing-new-legend')}</legend>
          ${NEW_PROFILE_FIELDS.map(field)}</fieldset>`
      : nothing}
  `;
}
