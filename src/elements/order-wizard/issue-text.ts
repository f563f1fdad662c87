// An issue in the customer's language, by its code: the wizard's own words where it has better ones for a path
// ("Select a service." for a missing service) and for the wizard core's codes (a host's `messages` may change both),
// else the one message registry's. Never raw zod text, never English in German.
import { wizardMessageKey } from '../../core/wizard-view.js';
import { describeIssue } from '../../i18n/describe-issue.js';
import type { OrderWizardMessageKey } from '../../i18n/order-wizard.messages.js';
import type { Locale, MessageParams } from '../../i18n/translate.js';
import { wizardIssueMessagesEn } from '../../i18n/wizard-issue.messages.js';
import type { Issue } from '../../schema/issues.js';

type T = (key: OrderWizardMessageKey, params?: MessageParams) => string;

export function issueText(issue: Pick<Issue, 'path' | 'code' | 'params'>, locale: Locale, t: T): string {
  const code = `code-${issue.code}`;
  const own = wizardMessageKey(issue) ?? (Object.hasOwn(wizardIssueMessagesEn, code) ? code : undefined);
  return own ? t(own as OrderWizardMessageKey, issue.params) : describeIssue(issue, locale);
}

const CLEARED_LABELS: Readonly<Record<string, OrderWizardMessageKey>> = {
  serviceId: 'summary-service', version: 'summary-version', nodeTypeId: 'summary-size', sizeId: 'summary-size',
  regionId: 'summary-region', availabilityZoneId: 'summary-zone',
};

/** "Region: The region "de-west-1" is not offered." for a choice a catalog change cleared. */
export function clearedText(issue: Issue, locale: Locale, t: T): string {
  return `${t(CLEARED_LABELS[issue.path] ?? 'documents-heading')}: ${issueText(issue, locale, t)}`;
}
