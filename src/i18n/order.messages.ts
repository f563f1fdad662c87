/**
 * Order-validation messages, keyed by issue code (`OrderIssue.code`), in English (other languages: `locales/<code>.ts`).
 * Placeholders are filled by `interpolate` from `./translate.js`; `count` picks the plural form. Issue messages from the
 * trusted-sources check keep that module's own text and are not listed here.
 */
import type { OrderIssueCode } from '../core/order-validation.js';
import type { MessageTemplate } from './translate.js';

export const orderMessagesEn = {
  // Shape problems (also of catalog issues).
  required: 'This value is missing.',
  'unknown-key': 'The field "{key}" is not known here.',
  'expected-text': 'This must be text.',
  'expected-number': 'This must be a number.',
  'expected-whole-number': 'This must be a whole number.',
  'expected-boolean': 'This must be true or false.',
  'expected-list': 'This must be a list.',
  'expected-object': 'This must be an object with named fields.',
  'empty-text': 'This must not be empty.',
  'text-too-long': { one: 'Use at most {count} character.', other: 'Use at most {count} characters.' },
  'number-too-small': 'This must be at least {minimum}.',
  'number-too-big': 'This must be at most {maximum}.',
  'too-few-items': { one: 'List at least {count} entry.', other: 'List at least {count} entries.' },
  'too-many-items': { one: 'List at most {count} entry.', other: 'List at most {count} entries.' },
  'invalid-choice': 'Choose one of: {choices}.',
  'invalid-value': 'This value is not valid.',
  'text-control-character': 'Remove the invisible control character ({character}) from this text.',
  'text-bidi-control': 'Remove the invisible character ({character}) that changes the reading direction of this text.',
  'order-not-an-object': 'The order must be an object with the order fields.',
  // The order's own rules.
  'invalid-idempotency-key': 'The idempotency key must be a UUID such as 123e4567-e89b-12d3-a456-426614174000.',
  'unknown-service': 'The service "{id}" is not offered.',
  'unknown-version': 'Version "{version}" of {service} is not offered. Choose one of: {choices}.',
  'unknown-node-type': 'The node type "{id}" is not offered for {service}.',
  'unknown-size': 'The size "{id}" is not offered for {service}.',
  'size-node-type-mismatch': 'The size {size} ({vcpu} vCPU, {ram} GiB RAM) is not a size of the node type {nodeType}.',
  'unknown-region': 'The region "{id}" is not offered.',
  'service-not-in-region': '{service} is not offered in the region {region}.',
  'size-not-in-region': 'The size {size} ({vcpu} vCPU, {ram} GiB RAM) is not offered in the region {region}. Choose another size or region.',
  'unknown-availability-zone': 'The availability zone "{id}" is not part of the region {region}.',
  'storage-not-a-number': 'Enter the storage size as a number of GB.',
  'storage-below-minimum': 'Choose at least {min} GB of storage.',
  'storage-above-maximum': 'Choose at most {max} GB of storage.',
  'storage-off-step': 'Storage comes in steps of {step} GB: choose {lower} GB or {upper} GB.',
  'trusted-source-not-canonical': 'Enter "{input}" in its exact form {cidr}.',
  'whole-internet-not-confirmed': 'Confirm that the service may be reached from the whole internet, or remove {cidr}.',
  'document-not-accepted': 'Accept "{title}" (version {version}).',
  'document-version-outdated': 'You accepted version {accepted} of "{title}"; please accept the current version {version}.',
  'document-not-applicable': '"{title}" does not apply to {service}.',
  'unknown-document': 'The document "{id}" is not known.',
  'duplicate-document': '"{title}" is accepted more than once.',
  'invalid-date-time': 'Enter the time of acceptance as an ISO 8601 date and time with time zone, such as 2026-11-21T09:30:00Z.',
  'document-accepted-in-future': 'The time of acceptance lies in the future.',
  'billing-profile-missing': 'Choose an existing billing profile or enter a new one.',
  'billing-profile-ambiguous': 'Choose either an existing billing profile or a new one, not both.',
  'unknown-billing-profile': 'The chosen billing profile is not available.',
  'company-missing': 'Enter the company name.',
  'contact-name-missing': 'Enter the name of the contact person.',
  'email-missing': 'Enter an email address.',
  'email-invalid': 'Enter an email address in the form name@example.com.',
  'street-missing': 'Enter the street and house number.',
  'postal-code-missing': 'Enter the postal code.',
  'city-missing': 'Enter the city.',
  'country-unknown': 'Choose a country (a two-letter ISO 3166-1 code such as DE).',
  'vat-id-invalid': 'Enter the VAT ID with its country prefix, such as DE123456789.',
  // Options (`{option}` is the option's label; numbers come with the option's unit).
  'unknown-option': '{service} has no option "{id}".',
  'unknown-option-choice': '"{id}" is not a choice of {option}. Choose one of: {choices}.',
  'option-below-minimum': 'Choose at least {min} for {option}.',
  'option-above-maximum': 'Choose at most {max} for {option}.',
  'option-off-step': '{option} comes in steps of {step}: choose {lower} or {upper}.',
  'option-too-short': { one: '{option} needs at least {count} character.', other: '{option} needs at least {count} characters.' },
  'option-too-long': { one: '{option} may have at most {count} character.', other: '{option} may have at most {count} characters.' },
  'option-pattern-mismatch': '{option} is not in the form its hint describes.',
  'option-required': 'Enter or choose a value for {option}.',
  'option-not-in-region': '{option} is not offered in the region {region}.',
  'option-not-for-size': '{option} is not offered with the size {size}.',
  'option-needs-other': '{option} is only offered when {other} is {values}.',
} as const satisfies Readonly<Record<OrderIssueCode, MessageTemplate>>;

export type OrderMessageCode = keyof typeof orderMessagesEn;

