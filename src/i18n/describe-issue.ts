/**
 * The one place that puts issues and findings into words. The checks (`validateOrder`, `parseTrustedSource`,
 * `checkTrustedSources`, the wizard's draft and steps, `parseCatalog`) return `{ path, code, params }`; this turns
 * a code and its parameters into text for a locale, in the browser and in Node (`order-widgets/schema`): English built
 * in, another language once registered (`registerTranslation`; on a server `import 'order-widgets/translations/de'`).
 * Each code has its words in exactly one message group. Pure: no DOM.
 */
import type { CatalogIssue } from '../schema/catalog.js';
import type { CodeParams } from '../schema/issues.js';
import { catalogMessagesEn, valueKindWordsEn } from './catalog.messages.js';
import { orderMessagesEn, type OrderMessageCode } from './order.messages.js';
import { interpolate, type Locale } from './translate.js';
import { messageTemplate, toLocale } from './translations.js';
import { formatTrustedSourceMessage, trustedSourceMessagesEn, type TrustedSourceMessageKey } from './trusted-sources.messages.js';
import { wizardIssueMessagesEn } from './wizard-issue.messages.js';

/** What `describeIssue` reads of an issue or finding: its code and parameters (`path` and the rest are ignored). */
export interface DescribableIssue {
  readonly code: string;
  readonly params?: CodeParams | undefined;
}

type Describe = (params: CodeParams, locale: Locale) => string;

// Code → its words. The order's codes (shape codes included), the trusted-source codes (their `kind-*` entries are
// words filled into other messages, not codes), and the wizard core's codes (`code-<code>` in the wizard's group).
const registry = new Map<string, Describe>();
for (const code of Object.keys(orderMessagesEn) as OrderMessageCode[]) {
  registry.set(code, (params, locale) => interpolate(messageTemplate(locale, 'order', orderMessagesEn, code), params, locale));
}
for (const code of Object.keys(trustedSourceMessagesEn) as TrustedSourceMessageKey[]) {
  if (!code.startsWith('kind-')) registry.set(code, (params, locale) => formatTrustedSourceMessage(code, params, locale));
}
for (const key of Object.keys(wizardIssueMessagesEn) as (keyof typeof wizardIssueMessagesEn)[]) {
  registry.set(key.slice(5), (params, locale) => interpolate(messageTemplate(locale, 'orderWizard', wizardIssueMessagesEn, key), params, locale));
}

/** The codes `describeIssue` knows, each once; for tests and for servers that list them. */
export function describedCodes(): string[] {
  return [...registry.keys()];
}

/**
 * An issue or finding in words, in `locale` (any BCP 47 tag, e.g. `de-AT`; default English, for logs):
 * `describeIssue(issue, 'de')` on a server answers field errors in the customer's language. An unknown code (from a
 * newer engine) gets the general "This value is not valid.", never the bare code.
 */
export function describeIssue(issue: DescribableIssue, locale: Locale = 'en'): string {
  const describe = registry.get(issue.code) ?? registry.get('invalid-value')!;
  return describe(issue.params ?? {}, toLocale(locale));
}

/**
 * A catalog issue in words. Catalog issues are for the integrator who wrote the catalog, so they are English, like
 * the catalog's JSON Schema; the shape codes they share with orders (`required`, `unknown-key`, …) too.
 */
export function describeCatalogIssue(issue: DescribableIssue): string {
  const { code, params = {} } = issue;
  if (!Object.hasOwn(catalogMessagesEn, code)) return describeIssue(issue);
  // An option's default is checked by the order's own rules for a value; their words say what is wrong with it.
  if (code === 'invalid-default') {
    const { reason, ...rest } = params;
    return interpolate(catalogMessagesEn[code], { reasonText: describeIssue({ code: String(reason), params: rest }) });
  }
  const received = String(params['received']);
  const receivedName = Object.hasOwn(valueKindWordsEn, received) ? valueKindWordsEn[received as keyof typeof valueKindWordsEn] : received;
  return interpolate(catalogMessagesEn[code as keyof typeof catalogMessagesEn], { ...params, receivedName });
}

/** A readable multi-line text of catalog problems, for an integrator's error panel, a log or a thrown error. */
export function formatCatalogIssues(issues: readonly CatalogIssue[]): string {
  if (!issues.length) return 'The catalog has no problems.';
  const head = issues.length === 1 ? 'The catalog has 1 problem:' : `The catalog has ${issues.length} problems:`;
  return [head, ...issues.map((entry) => `- ${entry.path || '(the catalog itself)'}: ${describeCatalogIssue(entry)}`)].join('\n');
}
