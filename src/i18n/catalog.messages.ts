/**
 * Messages of catalog issues (`parseCatalog`), keyed by code, in English: the catalog is the integrator's, and so are
 * these words (`formatCatalogIssues`, the wizard's panel for an invalid catalog). Shape codes (`required`,
 * `unknown-key`, …) have their words in `order.messages.ts`. Pure: no DOM, runs in Node.
 */
import type { CatalogIssueCode, ValueKind } from '../schema/catalog.js';
import type { MessageTemplate } from './translate.js';

export const catalogMessagesEn = {
  'catalog-not-an-object': 'The catalog must be an object (parsed from JSON), but it is {receivedName}.',
  'invalid-slug': 'An id uses lowercase letters, digits and hyphens, such as "postgresql" (at most 63 characters).',
  'invalid-version': 'A version is a short name such as "16" or "11.4" (letters, digits, dots, hyphens).',
  'invalid-currency': 'The currency must be an ISO 4217 code in capitals, such as "EUR".',
  'invalid-price': 'A price is a decimal string such as "12.50": no sign, no exponent, below 1000000, at most 3 decimals.',
  'price-too-precise': '{currency} prices have at most {digits} digits after the decimal point.',
  'url-not-https': 'The link must be an absolute https:// URL without user name or password, such as "https://example.com/terms.pdf".',
  'duplicate-id': '"{id}" is listed twice; it is already used at {first}.',
  'unknown-node-type': 'The node type "{id}" is not defined in this service\'s nodeTypes.',
  'unknown-service': 'There is no service "{id}" in services.',
  'unknown-size': 'The service "{service}" has no size "{id}".',
  'unknown-region': 'There is no region "{id}" in regions.',
  'service-without-sizes': 'A service needs at least one size to be orderable.',
  'service-not-offered': 'The service "{id}" is offered in no region; list it in a region\'s offers.',
  'size-not-offered': 'The size "{id}" is available in no region that offers the service "{service}".',
  'storage-min-above-max': 'The smallest storage ({min} GB) is larger than the largest ({max} GB).',
  'storage-step-mismatch': 'Steps of {step} GB do not lead from {min} GB to {max} GB; the step must divide the range.',
  'node-type-without-size': 'The node type "{id}" has no size, so it is never shown.',
  'invalid-locale': 'A locale tag is a BCP 47 tag in its canonical form, such as "en", "de" or "de-AT".',
  'missing-default-locale': 'A text in several languages needs one in the catalog\'s default locale "{locale}".',
  'invalid-factor': 'A factor is a decimal string such as "1" or "0.5": no sign, below 1000, at most 2 decimals.',
  'invalid-tax-rate': 'A tax rate is a percentage as a decimal string such as "19" or "7.7": below 100, at most 2 decimals.',
  'invalid-pattern': 'The pattern is not a JavaScript regular expression (with the u flag), such as "[a-z][a-z0-9-]*".',
  'option-field-not-for-type': '"{field}" is not a field of a {type} option.',
  'option-needs-field': 'A {type} option needs "{field}".',
  'option-min-above-max': 'The smallest value ({min}) is larger than the largest ({max}).',
  'option-step-mismatch': 'Steps of {step} do not lead from {min} to {max}; the step must divide the range.',
  'duplicate-node-count': 'The service "{service}" already counts its nodes with the option at {first}; only one option may.',
  'unknown-option': 'The service "{service}" has no option "{id}".',
  'circular-option-dependency': 'These options depend on each other in a circle, so none of them is ever offered: {cycle}.',
  'invalid-default': 'The default does not fit the option: {reasonText}',
  // A catalog whose URL could not be loaded (the wizard's `catalog-url`), or whose body is past the wizard's limit.
  'catalog-fetch-failed': 'The catalog could not be loaded from {url}: {reason}',
  'catalog-too-large': 'The catalog at {url} is larger than {limit} bytes, the most the wizard loads.',
} as const satisfies Readonly<Record<CatalogIssueCode | 'catalog-fetch-failed' | 'catalog-too-large', MessageTemplate>>;

/** What a value is (`ValueKind`), filled into `catalog-not-an-object` as `{receivedName}`. */
export const valueKindWordsEn = {
  missing: 'missing',
  null: 'null',
  list: 'a list',
  text: 'text (parse the JSON first)',
  number: 'a number',
  true: 'true',
  false: 'false',
  object: 'an object',
  function: 'a function',
  symbol: 'a symbol',
} as const satisfies Readonly<Record<ValueKind, string>>;

export type CatalogMessageCode = keyof typeof catalogMessagesEn;
