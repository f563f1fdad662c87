/**
 * The words of `<trusted-sources-editor>` itself (labels, buttons, hints, notes, announcements) in English and German
 * (formal "Sie"). The reasons for an address or a list come from `trusted-sources.messages.ts`. A host overrides any of
 * these through the element's `messages` property, e.g. `legend` to name the field in its own words.
 */
import type { MessageTemplate } from './translate.js';

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
  pending: '{address} has not been added yet: press Add, or clear the field.',
  'list-too-long': 'The list has {count} new entries, but at most {max} trusted sources are allowed and {room} more fit. Nothing was added: shorten the list and paste it again.',
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

/** Typed against the English keys: a missing or misspelt key fails the type check. */
export const trustedSourcesEditorMessagesDe: Readonly<Record<TrustedSourcesEditorMessageKey, MessageTemplate>> = {
  legend: 'Vertrauenswürdige Quellen',
  hint: 'Eine IP-Adresse oder ein Adressbereich in CIDR-Schreibweise, z. B. 123.123.123.123/32 oder 222.222.222.128/28. Fügen Sie eine Liste ein, um mehrere auf einmal hinzuzufügen.',
  'column-address': 'Adresse oder Bereich',
  'column-label': 'Bezeichnung (optional)',
  'empty-list': 'Noch keine vertrauenswürdigen Quellen: Jeder Zugriff auf den Dienst bleibt gesperrt.',
  'address-row': 'Adresse, Eintrag {row}',
  'label-row': 'Bezeichnung, Eintrag {row}',
  remove: '{address} entfernen',
  'remove-short': 'Entfernen',
  'remove-row': 'Eintrag {row} entfernen',
  'new-address': 'Neue Adresse oder neuer Bereich',
  add: 'Hinzufügen',
  pending: '{address} wurde noch nicht hinzugefügt: Wählen Sie „Hinzufügen“ oder leeren Sie das Feld.',
  'list-too-long': 'Die Liste enthält {count} neue Einträge, erlaubt sind aber höchstens {max} vertrauenswürdige Quellen, und es passen noch {room} hinzu. Es wurde nichts hinzugefügt: Kürzen Sie die Liste und fügen Sie sie erneut ein.',
  'add-my-ip': 'Meine IP hinzufügen',
  'my-ip-label': 'Meine IP',
  'my-ip-note':
    'Fügt die Adresse hinzu, die unsere Server für Ihre Verbindung sehen. Hinter einem Proxy oder NAT sieht der Dienst möglicherweise eine andere Adresse.',
  'my-ip-failed': 'Ihre IP-Adresse konnte nicht ermittelt werden. Es wurde nichts geändert; geben Sie die Adresse bitte selbst ein.',
  'my-ip-invalid': 'Die für Ihre Verbindung gemeldete Adresse („{text}“) ist nicht verwendbar: {reason}',
  covers: { one: 'Umfasst {count} Adresse', other: 'Umfasst {count} Adressen' },
  'stored-as': 'Wird als {cidr} gespeichert',
  'adjusted-host-bits':
    '{from} wurde als {to} gespeichert: Ein Bereich wird mit seiner ersten Adresse geschrieben, und {to} ist der Bereich, der {from} enthält.',
  'adjusted-bare-address': '{from} wurde als {to} gespeichert, als Bereich aus genau dieser einen Adresse.',
  line: 'Zeile {line}: {message}',
  'already-listed': '{cidr} steht bereits in der Liste, in diesem Eintrag.',
  'skipped-row': 'Zeile {line}: {cidr} steht bereits in der Liste (Eintrag {row}) und wurde nicht noch einmal hinzugefügt.',
  'skipped-line': 'Zeile {line}: {cidr} steht bereits in Zeile {earlier} und wurde nicht noch einmal hinzugefügt.',
  'confirm-whole-internet': 'Ich bestätige, dass der Dienst aus dem gesamten Internet erreichbar sein darf.',
  'confirm-required':
    'Bestätigen Sie, dass der Dienst aus dem gesamten Internet erreichbar sein darf, oder entfernen Sie die Einträge, die jede Adresse zulassen.',
  'error-prefix': 'Fehler:',
  'warning-prefix': 'Warnung:',
  'note-prefix': 'Hinweis:',
  'announce-added': '{cidr} hinzugefügt.',
  'announce-removed': '{cidr} entfernt.',
  'announce-already-listed': '{cidr} steht bereits in der Liste, Eintrag {row}.',
  'announce-list-added': { one: '{count} Eintrag aus der Liste hinzugefügt.', other: '{count} Einträge aus der Liste hinzugefügt.' },
  'announce-skipped': { one: '{count} stand bereits in der Liste.', other: '{count} standen bereits in der Liste.' },
  'announce-attention': {
    one: '{count} Eintrag braucht Ihre Aufmerksamkeit.',
    other: '{count} Einträge brauchen Ihre Aufmerksamkeit.',
  },
  'announce-total': { one: '{count} vertrauenswürdige Quelle.', other: '{count} vertrauenswürdige Quellen.' },
  'announce-my-ip-busy': 'Ihre IP-Adresse wird ermittelt …',
};

export type TrustedSourcesEditorMessages = Partial<Record<TrustedSourcesEditorMessageKey, MessageTemplate>>;
