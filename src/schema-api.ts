// Schemas, the pure core functions and the message registry: `order-widgets/schema` (with the example catalog) and
// `order-widgets` (without it) export these. Imports neither lit nor the DOM, so an integrator's server validates an
// order with exactly the code the widget used.
export * from './i18n/translate.js';
export * from './schema/catalog.js';
export * from './schema/issues.js';
export * from './schema/order.js';
export * from './core/trusted-sources.js';
export * from './core/order-validation.js';
// The codes of an option's value and of an option not offered, which `OrderIssueCode` names.
export type { OptionRules, OptionValueCheck, OptionValueCode } from './schema/option-value.js';
export type { OptionBlock } from './core/options.js';
// The rule every free text follows (no control or bidi characters), for an integrator's own texts and the JSON Schema.
export { checkFreeText, FORBIDDEN_TEXT_CHARACTERS } from './schema/free-text.js';
export type { FreeTextCode } from './schema/free-text.js';
export type { DraftIssueCode } from './core/wizard-draft.js';
export * from './core/pricing.js';
export * from './core/localized-text.js';
// Issues and findings in words, for a locale (English by default, for logs): the one message registry.
export { describeCatalogIssue, describedCodes, describeIssue, formatCatalogIssues } from './i18n/describe-issue.js';
export type { DescribableIssue } from './i18n/describe-issue.js';
export { catalogMessagesEn } from './i18n/catalog.messages.js';
export type { CatalogMessageCode } from './i18n/catalog.messages.js';
export { trustedSourceMessagesEn, formatTrustedSourceMessage } from './i18n/trusted-sources.messages.js';
export type { TrustedSourceMessageKey } from './i18n/trusted-sources.messages.js';
export { orderMessagesEn } from './i18n/order.messages.js';
export type { OrderMessageCode } from './i18n/order.messages.js';
// Languages: English built in, every other one registered (`order-widgets/translations/de` registers German on import
// and exports its messages, `orderMessagesDe` and `trustedSourceMessagesDe` included).
export { registerTranslation } from './i18n/translations.js';
export type { MessageGroup, PluralTemplate, TranslatedMessages, Translation } from './i18n/translations.js';
export * from './schema/order-status.js';
export * from './schema/status-answer.js';
export { isFinalStatus } from './core/status-polling.js';
export { orderFingerprint } from './core/wizard-submission.js';
// The host's answer to `order-submit`, which its backend builds.
export type { OrderSubmitAnswer, OrderSubmitFieldError, OrderSubmitRejection } from './core/wizard-submission.js';
