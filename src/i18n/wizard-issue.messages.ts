/**
 * The codes of the wizard core (`core/wizard-draft.ts`, `core/wizard-view.ts`, `core/wizard-steps.ts`) in English,
 * as `code-<code>` keys of the wizard's message group (`orderWizard` of a `Translation`; other languages:
 * `locales/<code>.ts`). A module of its own so that `describeIssue` (and `order-widgets/schema`) carries these and not
 * every word of the wizard. Pure: no DOM, runs in Node.
 */
import type { DraftIssueCode } from '../core/wizard-draft.js';
import type { MessageTemplate } from './translate.js';

/** Every code of the wizard core that the order and trusted-source messages lack. */
export type WizardCoreCode = DraftIssueCode | 'preset-not-json' | 'trusted-source-not-added';

/** Said both by the wizard's error summary and by the trusted-sources editor at its field (its `pending`). */
export const notAddedMessageEn = '{address} has not been added yet: press Add, or clear the field.';

export const wizardIssueMessagesEn = {
  'code-preset-not-an-object': 'The preset must be an object with order fields.',
  'code-preset-not-json': 'The preset attribute is not valid JSON.',
  'code-not-prefillable': 'The field “{key}” cannot be filled in in advance; the customer decides it in the wizard.',
  'code-duplicate-key': 'The fields “{key}” and “{other}” mean the same; only “{other}” is used.',
  'code-service-cleared': 'Reset together with the service.',
  'code-region-cleared': 'Reset together with the region.',
  'code-trusted-source-not-added': notAddedMessageEn,
} as const satisfies Readonly<Record<`code-${WizardCoreCode}`, MessageTemplate>>;
