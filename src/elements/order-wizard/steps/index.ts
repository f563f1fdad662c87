// The content of each step of <order-wizard>, by step id.
import type { StepId } from '../../../core/wizard-steps.js';
import type { ResolveClientAddress } from '../../trusted-sources-editor/trusted-sources-editor.js';
import { html } from 'lit';
import { billingStep, type BillingProfileOption } from './billing.js';
import { optionFields } from './options.js';
import type { StepView } from './fields.js';
import { regionStep } from './region.js';
import { serviceStep } from './service.js';
import { sizeStep } from './size.js';
import { storageStep } from './storage.js';
import { summaryStep } from './summary.js';
import { trustedSourcesStep } from './trusted-sources.js';

export type { BillingProfileOption } from './billing.js';
export type { RadioGroupName, StepView } from './fields.js';

/** What some steps need beyond the view: the invoice profiles, the visible steps and moves (summary), "Add my IP". */
export interface StepExtras {
  steps: readonly StepId[];
  profiles: readonly BillingProfileOption[];
  resolveClientAddress: ResolveClientAddress | undefined;
  /** The service is fixed: the service step offers its versions only. */
  serviceFixed: boolean;
  change(step: StepId): void;
}

/** A step's own content, then the catalog's options that show in it (`showIn`). */
export function stepContent(step: StepId, view: StepView, extras: StepExtras) {
  if (step === 'options') return optionFields(view, 'options');
  if (step === 'summary') return summaryStep(view, { ...extras, now: () => new Date().toISOString() });
  return html`${ownContent(step, view, extras)}${optionFields(view, step)}`;
}

function ownContent(step: Exclude<StepId, 'options' | 'summary'>, view: StepView, extras: StepExtras) {
  switch (step) {
    case 'service': return serviceStep(view, extras.serviceFixed);
    case 'size': return sizeStep(view);
    case 'storage': return storageStep(view);
    case 'trusted-sources': return trustedSourcesStep(view, extras.resolveClientAddress);
    case 'region': return regionStep(view);
    case 'billing': return billingStep(view, extras.profiles);
  }
}
