/**
 * Messages of the trusted-sources engine (`core/trusted-sources.ts`), keyed by result and finding code.
 * Pure: no DOM, runs in Node.
 */
import { interpolate } from './translate.js';
import type { SpecialRangeKind, TrustedSourceCode } from '../core/trusted-sources.js';
import type { Locale, MessageParams, MessageTemplate, PluralForms } from './translate.js';
import { messageTemplate, translationsVersion } from './translations.js';

/** English messages: the engine's `message` texts, and the fallback for every other language (`locales/<code>.ts`). */
export const trustedSourceMessagesEn = {
  // Why a single entry cannot be read.
  'not-text': 'Enter the address as text.',
  'too-long': 'This is too long for an IP address or range (at most {max} characters).',
  empty: 'Enter an IP address or range, for example 203.0.113.7 or 203.0.113.0/24.',
  'hidden-character': 'Remove the invisible character ({codepoint}); it often comes along when text is copied.',
  'non-ascii-digit': 'Use the digits 0 to 9: “{character}” looks like a digit but is a different character.',
  'invalid-character': '“{character}” cannot appear in an IP address or range.',
  'inner-space': 'Remove the spaces inside the address.',
  'zone-id': 'Remove the zone ID (the part from “%”): it only has a meaning on a local network link.',
  'extra-slash': 'Use only one “/”, followed by the prefix length, for example /24.',
  'missing-address': 'Enter the address before the “/”.',
  'missing-prefix': 'Enter the prefix length after the “/”, for example /24, or remove the “/”.',
  'invalid-prefix': 'The prefix length “{prefix}” must be a whole number without a sign, for example /24.',
  'prefix-leading-zero': 'Write the prefix length “{prefix}” without leading zeros.',
  'prefix-too-long': 'The prefix length /{prefix} is too long: an IPv{family} prefix is at most /{max}.',
  hostname: 'Enter an IP address, not a host name: a host name can point to other addresses at any time.',
  'hex-ipv4': 'Write the IPv4 address in decimal, for example 127.0.0.1, not in hexadecimal.',
  'integer-address': 'Write the IPv4 address as four numbers separated by dots, for example 127.0.0.1, not as one number.',
  'shortened-ipv4': 'Write all four parts of the IPv4 address, for example 127.0.0.1 instead of 127.1.',
  'too-many-octets': 'An IPv4 address has exactly four numbers separated by dots.',
  'empty-octet': 'A number is missing between the dots.',
  'leading-zero': 'Remove the leading zero from “{octet}”: some systems read such numbers as octal.',
  'octet-out-of-range': '“{octet}” is too large: each part of an IPv4 address is a number from 0 to 255.',
  'ipv4-mapped': 'Enter the IPv4 address itself ({suggestion}) instead of its IPv4-mapped IPv6 form.',
  'ipv4-in-ipv6': 'Write the IPv6 address in hexadecimal groups only; a dotted IPv4 part is not accepted here.',
  'ipv6-triple-colon': 'An IPv6 address cannot contain three colons in a row.',
  'ipv6-double-colon-twice': '“::” can appear only once in an IPv6 address.',
  'ipv6-empty-group': 'A group of hexadecimal digits is missing at a colon; only “::” may stand for left-out groups.',
  'ipv6-group-too-long': '“{group}” is too long: each group of an IPv6 address has at most 4 hexadecimal digits.',
  'ipv6-too-many-groups': 'An IPv6 address has at most 8 groups separated by colons.',
  'ipv6-too-few-groups': 'An IPv6 address has 8 groups; use “::” to stand for a run of zero groups.',

  // Findings about the whole list.
  duplicate: '{cidr} is listed {count} times; keep one.',
  overlap: '{cidr} lies within {other}, which already allows it; you can remove it.',
  'whole-internet': {
    one: 'This entry allows every IPv{family} address: the service would be open to the whole internet.',
    other: 'Together these {count} entries allow every IPv{family} address: the service would be open to the whole internet.',
  },
  'whole-internet-confirm': {
    one: 'This entry allows every IPv{family} address: the service will be open to the whole internet. Confirm that this is intended.',
    other:
      'Together these {count} entries allow every IPv{family} address: the service will be open to the whole internet. Confirm that this is intended.',
  },
  'not-public': '{cidr} is not public ({kindName}): such a source can never reach a public endpoint.',
  'too-many': 'There are {count} entries; the limit is {max}.',
  'ipv6-not-allowed': 'This service accepts no IPv6 sources; enter an IPv4 address or range instead of {cidr}.',
  none: 'All access stays blocked until you add at least one trusted source.',

  // Kinds of non-public ranges, filled into `not-public` as {kindName} by formatTrustedSourceMessage.
  'kind-unspecified': 'unspecified address, “this network”',
  'kind-private': 'private range',
  'kind-shared': 'shared address space of carrier-grade NAT',
  'kind-loopback': 'loopback range',
  'kind-link-local': 'link-local range',
  'kind-documentation': 'documentation range',
  'kind-benchmarking': 'benchmarking range',
  'kind-multicast': 'multicast range',
  'kind-reserved': 'reserved range',
  'kind-broadcast': 'broadcast address',
  'kind-unique-local': 'unique local range',
} as const satisfies Readonly<Record<TrustedSourceCode | `kind-${SpecialRangeKind}`, MessageTemplate>>;

/** Every message key: the engine's result and finding codes, and `kind-<kind>` for the kinds of non-public ranges. */
export type TrustedSourceMessageKey = keyof typeof trustedSourceMessagesEn;

// Templates with a kind name filled in, by locale, code and kind: lists of thousands of findings render each only once.
// Made again after a translation is registered (its words may be new).
const withKindName = new Map<string, MessageTemplate>();
let withKindNameVersion = -1;

/**
 * Renders a result or finding (`code` + `params`) in a locale: English built in, another language once registered
 * (`registerTranslation`; in Node, `import 'order-widgets/translations/de'`). Use this rather than bare `interpolate`:
 * a `kind` parameter (see `not-public`) is itself a message, `kind-<kind>`, translated here and filled in as `{kindName}`.
 */
export function formatTrustedSourceMessage(code: TrustedSourceMessageKey, params: MessageParams, locale: Locale = 'en'): string {
  // Findings may come from a server with a newer engine: show an unknown code rather than throw.
  if (!Object.hasOwn(trustedSourceMessagesEn, code)) return code;
  const message = (key: TrustedSourceMessageKey) => messageTemplate(locale, 'trustedSources', trustedSourceMessagesEn, key);
  const kindKey = `kind-${String(params['kind'])}`;
  if (!Object.hasOwn(trustedSourceMessagesEn, kindKey)) return interpolate(message(code), params, locale);
  if (withKindNameVersion !== translationsVersion()) {
    withKindName.clear();
    withKindNameVersion = translationsVersion();
  }
  const cacheKey = `${locale} ${code} ${kindKey}`;
  let template = withKindName.get(cacheKey);
  if (template === undefined) {
    const kindName = interpolate(message(kindKey as TrustedSourceMessageKey), {}, locale);
    const fill = (text: string) => text.replaceAll('{kindName}', () => kindName);
    const raw = message(code);
    template =
      typeof raw === 'string'
        ? fill(raw)
        : (Object.fromEntries(Object.entries(raw).map(([category, text]) => [category, fill(text)])) as PluralForms);
    withKindName.set(cacheKey, template);
  }
  return interpolate(template, params, locale);
}
