// Step 7: every choice with "Change", the documents with their links and one checkbox each.
import { html, nothing, type TemplateResult } from 'lit';
import { storageNumber } from '../../../core/wizard-draft.js';
import type { OrderPrice } from '../../../core/pricing.js';
import type { StepId } from '../../../core/wizard-steps.js';
import { formatGibibytes, formatGigabytes } from '../../../i18n/format.js';
import type { InLocale } from '../../../core/localized-text.js';
import { documentsFor, isHttpsUrl, type CatalogDocument } from '../../../schema/catalog.js';
import { formatPath } from '../../../schema/issues.js';
import type { BillingProfileOption } from './billing.js';
import { describedBy, errorMessage, type StepView } from './fields.js';
import { optionSummary } from './options.js';

export interface SummaryOptions {
  steps: readonly StepId[];
  profiles: readonly BillingProfileOption[];
  change(step: StepId): void;
  now(): string;
}

function row(view: StepView, options: Omit<SummaryOptions, 'now'>, label: string, value: unknown, step: StepId) {
  const canChange = options.steps.includes(step) && step !== 'summary';
  return html`<div class="summary-row">
    <dt>${label}</dt>
    <dd>${value === undefined || value === '' ? view.t('not-chosen') : value}</dd>
    <dd class="change">${canChange
      ? html`<button type="button" class="link" @click=${() => options.change(step)}>${view.t('change')}<span
          class="visually-hidden"> ${label}</span></button>`
      : nothing}</dd>
  </div>`;
}

function documentItem(view: StepView, doc: InLocale<CatalogDocument>, now: () => string): TemplateResult {
  const { t, draft } = view;
  const field = formatPath(['acceptedDocuments', doc.id]) as `acceptedDocuments${string}`;
  const error = view.error(field);
  const accepted = Object.hasOwn(draft.acceptedDocuments, doc.id) && draft.acceptedDocuments[doc.id]?.version === doc.version;
  const toggle = (event: Event) => {
    const checked = (event.target as HTMLInputElement).checked;
    view.update((current) => {
      const acceptedDocuments = { ...current.acceptedDocuments };
      if (checked) acceptedDocuments[doc.id] = { version: doc.version, acceptedAt: now() };
      else delete acceptedDocuments[doc.id];
      return { ...current, acceptedDocuments };
    });
  };
  // Catalog text is text: titles and links are bound as text and attributes, never parsed as markup.
  const title = isHttpsUrl(doc.url)
    ? html`<a href=${doc.url} target="_blank" rel="noopener noreferrer">${doc.title}<span class="visually-hidden">
        ${t('document-opens')}</span></a>`
    : doc.title;
  return html`<li class="document field ${error ? 'field-error' : ''}">
    <div class="document-title">${title} <span class="hint">${t('document-version', { version: doc.version })}</span></div>
    ${errorMessage(view, `${field}-error`, error)}
    <div class="checkbox">
      <input part="control" type="checkbox" id=${field} .checked=${accepted} aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy(error && `${field}-error`)} @change=${toggle} />
      <label part="label" for=${field}>${t('document-accept', { title: doc.title })}</label>
    </div>
  </li>`;
}

export function summaryStep(view: StepView, options: SummaryOptions) {
  const { t, catalog, service } = view;
  const docs = service ? documentsFor(catalog, service) : [];
  return html`${orderRecap(view, options)}
    ${docs.length
      ? html`<h3 class="subheading">${t('documents-heading')}</h3>
          <p class="hint">${t('documents-hint')}</p>
          <ul class="documents plain">${docs.map((doc) => documentItem(view, doc, options.now))}</ul>`
      : nothing}`;
}

/**
 * Every choice, one row each, with "Change" for the steps in `options.steps`; with a price, its monthly total as the
 * last row (the confirmation's recap).
 */
export function orderRecap(view: StepView, options: Omit<SummaryOptions, 'now'>, price?: OrderPrice) {
  const { t, catalog, draft, service, locale } = view;
  const size = service?.sizes.find((candidate) => candidate.id === draft.sizeId);
  const nodeType = service?.nodeTypes.find((candidate) => candidate.id === size?.nodeType);
  const region = catalog.regions.find((candidate) => candidate.id === draft.regionId);
  const zone = region?.availabilityZones.find((candidate) => candidate.id === draft.availabilityZoneId);
  const gb = storageNumber(draft.storageGb);
  const billing = draft.billing;
  const profile = options.profiles.find((candidate) => candidate.id === billing.profileId);
  const billingText =
    billing.mode === 'new'
      ? `${t('billing-new')}: ${[billing.newProfile.company, billing.newProfile.city].filter((part) => part.trim()).join(', ')}`
      : billing.mode === 'existing' ? (profile?.label ?? billing.profileId) : undefined;
  const sources = draft.trustedSources.length
    ? html`<ul class="plain">${draft.trustedSources.map((source) => html`<li>${source.address}${source.label ? ` (${source.label})` : ''}</li>`)}</ul>`
    : undefined;
  return html`<dl class="summary">
      ${row(view, options, t('summary-service'), service?.name, 'service')}
      ${row(view, options, t('summary-version'), draft.version, 'service')}
      ${row(view, options, t('summary-size'), size && nodeType
        ? t('size-value', { type: nodeType.label, size: size.label ?? size.id, vcpu: size.vcpu, ram: formatGibibytes(size.ramGiB, locale) })
        : undefined, 'size')}
      ${row(view, options, t('summary-storage'), gb === undefined ? draft.storageGb : formatGigabytes(gb, locale), 'storage')}
      ${row(view, options, t('summary-trusted-sources'), sources, 'trusted-sources')}
      ${row(view, options, t('summary-region'), region?.label, 'region')}
      ${region && region.availabilityZones.length > 1
        ? row(view, options, t('summary-zone'), zone?.label ?? t('zone-any'), 'region')
        : nothing}
      ${optionSummary(view).map((option) => row(view, options, option.label, option.value, option.step))}
      ${row(view, options, t('summary-billing'), billingText, 'billing')}
      ${price ? row(view, options, t('price-total'), view.money(price.total), 'summary') : nothing}
    </dl>`;
}
