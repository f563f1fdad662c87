/**
 * The words of `<trusted-sources-editor>` itself (labels, buttons, hints, notes, announcements) in English (other
 * languages: `locales/<code>.ts`). The reasons for an address or a list come from `trusted-sources.messages.ts`. A host overrides any of
 * these through the element's `messages` property, e.g. `legend` to name the field in its own words.
 */
import type { MessageTemplate } from './translate.js';
import { notAddedMessageEn } from './wizard-issue.messages.js';

export const trustedSourcesEditorMessagesEn = {
  legend: 'Trusted sources',
  hint: 'An IP address or a range in CIDR notation, e.g. 123.123.123.123/32 or 222.222.222.128/28. Paste a list to add several at once.',
  'column-address': 'Address or range',
  'column-label': 'Label (optional)',
  'empty-list': 'No trusted sources yet: all access to the service stays blocked.',
  'address-row': 'Address, row {row}',
  'label-row': 'Label, row {row}',
  remove: 'Remove {address}',
  'remove-short': 'Remove',
  'remove-row': 'Remove row {row}',
  'new-address': 'New address or range',
  add: 'Add',
  // The wizard's error summary says the same (`code-trusted-source-not-added`).
  pending: notAddedMessageEn,
  'list-too-long': 'The list has {count} new entries, but at most {max} trusted sources are allowed and {room} more fit. Nothing was added: shorten the list and paste it again.',
  // Why a typed entry stays in the field (`typedEntryRefusal`); the same text as a row says `announce-already-listed`.
  'refused-same-range': '{text} is the same range as {cidr}, already in the list (row {row}).',
  'refused-inside': '{text} lies within {cidr} (row {row}), which already allows it.',
  'refused-text-too-long': 'The text has {length} characters, more than {max}: nothing was added. Split it into shorter parts.',
  'add-my-ip': 'Add my IP',
  'my-ip-label': 'My IP',
  'my-ip-note':
    'Adds the address our servers see for your connection. Behind a proxy or NAT, the service may see a different address.',
  'my-ip-failed': 'Your IP address could not be determined. Nothing was changed; enter the address yourself.',
  'my-ip-invalid': 'The address reported for your connection (“{text}”) cannot be used: {reason}',
  covers: { one: 'Covers {count} address', other: 'Covers {count} addresses' },
  'stored-as': 'Will be stored as {cidr}',
  'adjusted-host-bits': '{from} was stored as {to}: a range is written with its first address, and {to} is the range that contains {from}.',
  'adjusted-bare-address': '{from} was stored as {to}, a range of exactly this one address.',
  line: 'Line {line}: {message}',
  'already-listed': '{cidr} is already in the list, in this row.',
  'skipped-row': 'Line {line}: {cidr} is already in the list (row {row}); it was not added again.',
  'skipped-line': 'Line {line}: {cidr} is already on line {earlier}; it was not added again.',
  'skipped-same-range-line': 'Line {line}: {text} is the same range as {cidr} on line {earlier}; it was not added again.',
  'skipped-too-long': 'Line {line}: {text} is too long for an address; it was not added.',
  'confirm-whole-internet': 'I confirm that the service may be reached from the whole internet.',
  'confirm-required': 'Confirm that the service may be reached from the whole internet, or remove the entries that allow every address.',
  'error-prefix': 'Error:',
  'warning-prefix': 'Warning:',
  'note-prefix': 'Note:',
  'announce-added': '{cidr} added.',
  'announce-removed': '{cidr} removed.',
  'announce-already-listed': '{cidr} is already in the list, row {row}.',
  'announce-list-added': { one: '{count} entry added from the list.', other: '{count} entries added from the list.' },
  'announce-skipped': { one: '{count} was already in the list.', other: '{count} were already in the list.' },
  'announce-attention': { one: '{count} entry needs your attention.', other: '{count} entries need your attention.' },
  'announce-total': { one: '{count} trusted source.', other: '{count} trusted sources.' },
  'announce-my-ip-busy': 'Determining your IP address…',
} as const satisfies Readonly<Record<string, MessageTemplate>>;

export type TrustedSourcesEditorMessageKey = keyof typeof trustedSourcesEditorMessagesEn;

export type TrustedSourcesEditorMessages = Partial<Record<TrustedSourcesEditorMessageKey, MessageTemplate>>;
