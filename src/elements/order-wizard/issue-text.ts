// An issue in the customer's language, by its code: the wizard's own words first, then the order messages, the
// trusted-source messages and the wizard-core codes. Never raw zod text, never English in German.
import { wizardMessageKey } from '../../core/wizard-view.js';
import { orderMessagesEn, type OrderMessageCode } from '../../i18n/order.messages.js';
import { orderWizardMessagesEn, type OrderWizardMessageKey } from '../../i18n/order-wizard.messages.js';
import { interpolate, type Locale, type MessageParams } from '../../i18n/translate.js';
import { messageTemplate } from '../../i18n/translations.js';
import { formatTrustedSourceMessage, trustedSourceMessagesEn, type TrustedSourceMessageKey } from '../../i18n/trusted-sources.messages.js';
import type { Issue } from '../../schema/issues.js';

type T = (key: OrderWizardMessageKey, params?: MessageParams) => string;

export function issueText(issue: Pick<Issue, 'path' | 'code' | 'params'>, locale: Locale, t: T): string {
  const { code, params = {} } = issue;
  const own = wizardMessageKey(issue);
  if (own) return t(own as OrderWizardMessageKey);
  if (Object.hasOwn(orderMessagesEn, code)) {
    return interpolate(messageTemplate(locale, 'order', orderMessagesEn, code as OrderMessageCode), params, locale);
  }
  if (Object.hasOwn(trustedSourceMessagesEn, code)) return formatTrustedSourceMessage(code as TrustedSourceMessageKey, params, locale);
  if (Object.hasOwn(orderWizardMessagesEn, `code-${code}`)) return t(`code-${code}` as OrderWizardMessageKey, params);
  return t('invalid-value');
}

const CLEARED_LABELS: Readonly<Record<string, OrderWizardMessageKey>> = {
  serviceId: 'summary-service', version: 'summary-version', nodeTypeId: 'summary-size', sizeId: 'summary-size',
  regionId: 'summary-region', availabilityZoneId: 'summary-zone',
};

/** "Region: The region "de-west-1" is not offered." for a choice a catalog change cleared. */
export function clearedText(issue: Issue, locale: Locale, t: T): string {
  return `${t(CLEARED_LABELS[issue.path] ?? 'documents-heading')}: ${issueText(issue, locale, t)}`;
}
