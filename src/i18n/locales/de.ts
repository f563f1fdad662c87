/**
 * German (formal "Sie"): every message of the elements and of the pure modules. Plain data, no side effects: the
 * elements load it on demand (`translationLoaders`), `order-widgets/translations/de` registers it up front, and
 * `order-widgets/schema` exports its order and trusted-source messages.
 */
import type { nodeSizePickerMessagesEn } from '../node-size-picker.messages.js';
import type { orderStatusMessagesEn } from '../order-status.messages.js';
import type { orderWizardMessagesEn } from '../order-wizard.messages.js';
import type { orderMessagesEn } from '../order.messages.js';
import type { TranslatedMessages, Translation } from '../translations.js';
import type { trustedSourcesEditorMessagesEn } from '../trusted-sources-editor.messages.js';
import type { trustedSourceMessagesEn } from '../trusted-sources.messages.js';

// The editor's own sentence: the wizard's error summary and the editor's field say the same.
const PENDING = '{address} wurde noch nicht hinzugefügt: Wählen Sie „Hinzufügen“ oder leeren Sie das Feld.';

export const orderWizardMessagesDe: TranslatedMessages<typeof orderWizardMessagesEn, 'one'> = {
  'steps-label': 'Bestellschritte',
  'step-service': 'Dienst',
  'step-size': 'Knotengröße',
  'step-storage': 'Speicher',
  'step-trusted-sources': 'Vertrauenswürdige Quellen',
  'step-region': 'Region',
  'step-billing': 'Rechnungsprofil',
  'step-summary': 'Zusammenfassung',
  'step-version': 'Version',
  'step-done': 'erledigt',
  'step-current': 'aktueller Schritt',
  'step-todo': 'noch nicht erledigt',
  'step-count': 'Schritt {current} von {total}',

  'heading-service': 'Wählen Sie den Dienst',
  'heading-size': 'Wählen Sie Knotentyp und Knotengröße',
  'heading-storage': 'Wählen Sie die Speichergröße',
  'heading-trusted-sources': 'Zugriff freigeben',
  'heading-region': 'Wählen Sie die Region',
  'heading-billing': 'Wählen Sie das Rechnungsprofil',
  'heading-summary': 'Prüfen und bestellen',
  'heading-version': 'Wählen Sie die Version von {service}',

  back: 'Zurück',
  next: 'Weiter',
  'place-order': 'Jetzt bestellen',
  'placing-order': 'Ihre Bestellung wird aufgegeben …',
  'error-summary-title': 'Es gibt ein Problem',
  'error-prefix': 'Fehler:',
  'invalid-value': 'Dieser Wert ist ungültig.',

  'service-label': 'Dienst',
  'kind-iam': 'Identitäts- und Zugriffsverwaltung',
  'kind-database': 'Datenbanken',
  'kind-registry': 'Container-Registry',
  'version-label': 'Version von {service}',
  'missing-service': 'Wählen Sie einen Dienst aus.',
  'missing-version': 'Wählen Sie eine Version aus.',
  'missing-size': 'Wählen Sie eine Knotengröße aus.',
  'missing-node-type': 'Wählen Sie einen Knotentyp aus.',
  'missing-region': 'Wählen Sie eine Region aus.',
  'missing-billing': 'Wählen Sie ein Rechnungsprofil oder „Neues Rechnungsprofil“ aus.',
  'choose-service-first': 'Wählen Sie zuerst einen Dienst aus.',

  'storage-label': 'Speicher in GB',
  'storage-slider-label': 'Speicher (Schieberegler)',
  'storage-hint':
    'Mindestens {min} GB, höchstens {max} GB, in Schritten von {step} GB. Sie können später weiteren Speicher hinzufügen.',

  'trusted-sources-intro':
    'Der Dienst ist über eine öffentliche IP-Adresse erreichbar. Jeder Zugriff bleibt gesperrt, außer von den vertrauenswürdigen Quellen, die Sie hier eintragen.',

  'region-label': 'Region',
  'zone-label': 'Verfügbarkeitszone',
  'zone-any': 'Keine Präferenz',
  'zone-any-hint': 'Wir wählen eine Zone für Sie.',

  'billing-label': 'Rechnungsprofil',
  'billing-hint':
    'Sie sind bereits Kunde? Dann nehmen Sie den Dienst in eine bestehende Rechnung auf. Als Neukunde legen Sie ein neues Rechnungsprofil an.',
  'billing-new': 'Neues Rechnungsprofil',
  'billing-new-legend': 'Neues Rechnungsprofil',
  'field-company': 'Firma',
  'field-contactName': 'Kontaktperson',
  'field-email': 'E-Mail-Adresse',
  'field-street': 'Straße und Hausnummer',
  'field-postalCode': 'Postleitzahl',
  'field-city': 'Ort',
  'field-country': 'Land',
  'field-vatId': 'USt-IdNr. (optional)',
  'vat-hint': 'Mit Länderkürzel, etwa DE123456789.',
  'country-choose': 'Wählen Sie ein Land aus',

  'summary-service': 'Dienst',
  'summary-version': 'Version',
  'summary-size': 'Knoten',
  'summary-storage': 'Speicher',
  'summary-trusted-sources': 'Vertrauenswürdige Quellen',
  'summary-region': 'Region',
  'summary-zone': 'Verfügbarkeitszone',
  'summary-billing': 'Rechnungsprofil',
  'size-value': '{type}, {size} ({vcpu} vCPU, {ram} RAM)',
  'not-chosen': 'Noch nicht gewählt',
  change: 'Ändern',
  'documents-heading': 'Dokumente',
  'documents-hint': 'Bitte lesen Sie die Dokumente und bestätigen Sie jedes einzeln. Erst dann können Sie bestellen.',
  'document-version': 'Version {version}',
  'document-opens': '(öffnet in einem neuen Tab)',
  'document-accept': 'Ich habe „{title}“ gelesen und akzeptiere es.',

  'price-heading': 'Monatlicher Preis',
  'price-base': 'Grundgebühr',
  'price-node': 'Knoten {size}',
  'price-storage': 'Speicher, {gb}',
  'price-total': 'Summe pro Monat',
  'price-empty': 'Der Preis erscheint, sobald Sie einen Dienst und eine Knotengröße wählen.',
  'price-announce': 'Monatlicher Preis jetzt {total}.',

  'submit-failed-title': 'Wir konnten Ihre Bestellung nicht bestätigen',
  'submit-failed-body': 'Es ist nichts verloren. Bitte versuchen Sie es erneut: Ihre Bestellung wird nicht doppelt aufgegeben.',
  'submit-timeout': 'Es kam nicht rechtzeitig eine Antwort.',
  'submit-invalid-response': 'Die Antwort enthielt keine Bestellnummer.',
  'submit-host-message': 'Meldung: {message}',
  retry: 'Erneut versuchen',
  'no-responder-title': 'Die Bestellung wurde nicht gesendet',
  'no-responder-body':
    'Diese Seite ist nicht zum Bestellen eingerichtet: Kein Empfänger des Ereignisses „order-submit“ hat respondWith() aufgerufen. Bitte wenden Sie sich an den Betreiber der Seite.',

  'placed-heading': 'Vielen Dank, Ihre Bestellung ist aufgegeben',
  'placed-order-id': 'Bestellnummer: {orderId}',
  'placed-status': 'Status Ihrer Bestellung:',
  'placed-before': 'Diese Bestellung wurde bereits aufgegeben. Sie wird nicht erneut gesendet.',
  'placed-next': 'Wie es weitergeht: Ihr Dienst wird automatisch eingerichtet. Der Status zeigt, wie weit es ist.',
  'placed-status-link': 'Zum Bestellstatus',
  'placed-recap-heading': 'Ihre Bestellung',

  'config-error-title': 'Dieses Bestellformular ist nicht richtig eingerichtet',
  'config-error-body':
    'Hier kann nichts bestellt werden, bis der Betreiber der Seite das Angebot korrigiert. Einzelheiten für den Betreiber:',
  'catalog-loading': 'Das Angebot wird geladen …',
  'catalog-fetch-failed': 'Das Angebot konnte nicht von {url} geladen werden.',
  'cleared-title': 'Einige Ihrer Angaben wurden zurückgesetzt, weil sich das Angebot geändert hat',

  'code-preset-not-an-object': 'Die Vorbelegung muss ein Objekt mit Bestellfeldern sein.',
  'code-preset-not-json': 'Das Attribut „preset“ ist kein gültiges JSON.',
  'code-not-prefillable': 'Das Feld „{key}“ kann nicht vorbelegt werden; darüber entscheidet der Kunde im Assistenten.',
  'code-duplicate-key': 'Die Felder „{key}“ und „{other}“ bedeuten dasselbe; nur „{other}“ wird verwendet.',
  'code-service-cleared': 'Zusammen mit dem Dienst zurückgesetzt.',
  'code-region-cleared': 'Zusammen mit der Region zurückgesetzt.',
  'code-trusted-source-not-added': PENDING,
};

export const orderMessagesDe: TranslatedMessages<typeof orderMessagesEn, 'one'> = {
  required: 'Dieser Wert fehlt.',
  'unknown-key': 'Das Feld „{key}“ ist hier nicht bekannt.',
  'expected-text': 'Dies muss ein Text sein.',
  'expected-number': 'Dies muss eine Zahl sein.',
  'expected-whole-number': 'Dies muss eine ganze Zahl sein.',
  'expected-boolean': 'Dies muss wahr oder falsch sein.',
  'expected-list': 'Dies muss eine Liste sein.',
  'expected-object': 'Dies muss ein Objekt mit benannten Feldern sein.',
  'empty-text': 'Dies darf nicht leer sein.',
  'text-too-long': { one: 'Verwenden Sie höchstens {count} Zeichen.', other: 'Verwenden Sie höchstens {count} Zeichen.' },
  'number-too-small': 'Dies muss mindestens {minimum} sein.',
  'number-too-big': 'Dies darf höchstens {maximum} sein.',
  'too-few-items': { one: 'Geben Sie mindestens {count} Eintrag an.', other: 'Geben Sie mindestens {count} Einträge an.' },
  'too-many-items': { one: 'Geben Sie höchstens {count} Eintrag an.', other: 'Geben Sie höchstens {count} Einträge an.' },
  'invalid-choice': 'Wählen Sie eines von: {choices}.',
  'invalid-value': 'Dieser Wert ist ungültig.',
  'order-not-an-object': 'Die Bestellung muss ein Objekt mit den Bestellfeldern sein.',
  'invalid-idempotency-key': 'Der Idempotenzschlüssel muss eine UUID sein, etwa 123e4567-e89b-12d3-a456-426614174000.',
  'unknown-service': 'Der Dienst „{id}“ wird nicht angeboten.',
  'unknown-version': 'Version „{version}“ von {service} wird nicht angeboten. Wählen Sie eine von: {choices}.',
  'unknown-node-type': 'Der Knotentyp „{id}“ wird für {service} nicht angeboten.',
  'unknown-size': 'Die Größe „{id}“ wird für {service} nicht angeboten.',
  'size-node-type-mismatch': 'Die Größe {size} ({vcpu} vCPU, {ram} GiB RAM) gehört nicht zum Knotentyp {nodeType}.',
  'unknown-region': 'Die Region „{id}“ wird nicht angeboten.',
  'service-not-in-region': '{service} wird in der Region {region} nicht angeboten.',
  'size-not-in-region':
    'Die Größe {size} ({vcpu} vCPU, {ram} GiB RAM) wird in der Region {region} nicht angeboten. Wählen Sie eine andere Größe oder Region.',
  'unknown-availability-zone': 'Die Verfügbarkeitszone „{id}“ gehört nicht zur Region {region}.',
  'storage-not-a-number': 'Geben Sie die Speichergröße als Zahl in GB an.',
  'storage-below-minimum': 'Wählen Sie mindestens {min} GB Speicher.',
  'storage-above-maximum': 'Wählen Sie höchstens {max} GB Speicher.',
  'storage-off-step': 'Speicher gibt es in Schritten von {step} GB: Wählen Sie {lower} GB oder {upper} GB.',
  'trusted-source-not-canonical': 'Geben Sie „{input}“ in der genauen Form {cidr} an.',
  'whole-internet-not-confirmed':
    'Bestätigen Sie, dass der Dienst aus dem ganzen Internet erreichbar sein soll, oder entfernen Sie {cidr}.',
  'document-not-accepted': 'Akzeptieren Sie „{title}“ (Version {version}).',
  'document-version-outdated':
    'Sie haben Version {accepted} von „{title}“ akzeptiert; bitte akzeptieren Sie die aktuelle Version {version}.',
  'document-not-applicable': '„{title}“ gilt nicht für {service}.',
  'unknown-document': 'Das Dokument „{id}“ ist nicht bekannt.',
  'duplicate-document': '„{title}“ ist mehr als einmal akzeptiert.',
  'invalid-date-time':
    'Geben Sie den Zeitpunkt der Zustimmung als ISO-8601-Datum mit Uhrzeit und Zeitzone an, etwa 2026-11-21T09:30:00Z.',
  'document-accepted-in-future': 'Der Zeitpunkt der Zustimmung liegt in der Zukunft.',
  'billing-profile-missing': 'Wählen Sie ein bestehendes Rechnungsprofil oder legen Sie ein neues an.',
  'billing-profile-ambiguous': 'Wählen Sie entweder ein bestehendes oder ein neues Rechnungsprofil, nicht beides.',
  'unknown-billing-profile': 'Das gewählte Rechnungsprofil ist nicht verfügbar.',
  'company-missing': 'Geben Sie den Firmennamen an.',
  'contact-name-missing': 'Geben Sie den Namen der Kontaktperson an.',
  'email-missing': 'Geben Sie eine E-Mail-Adresse an.',
  'email-invalid': 'Geben Sie eine E-Mail-Adresse in der Form name@example.com an.',
  'street-missing': 'Geben Sie Straße und Hausnummer an.',
  'postal-code-missing': 'Geben Sie die Postleitzahl an.',
  'city-missing': 'Geben Sie den Ort an.',
  'country-unknown': 'Wählen Sie ein Land (einen zweistelligen ISO-3166-1-Code wie DE).',
  'vat-id-invalid': 'Geben Sie die USt-IdNr. mit Länderkürzel an, etwa DE123456789.',
};

export const trustedSourceMessagesDe: TranslatedMessages<typeof trustedSourceMessagesEn, 'one'> = {
  'not-text': 'Geben Sie die Adresse als Text ein.',
  'too-long': 'Das ist zu lang für eine IP-Adresse oder einen Adressbereich (höchstens {max} Zeichen).',
  empty: 'Geben Sie eine IP-Adresse oder einen Adressbereich ein, zum Beispiel 203.0.113.7 oder 203.0.113.0/24.',
  'hidden-character': 'Entfernen Sie das unsichtbare Zeichen ({codepoint}); es gerät oft beim Kopieren in den Text.',
  'non-ascii-digit': 'Verwenden Sie die Ziffern 0 bis 9: „{character}“ sieht aus wie eine Ziffer, ist aber ein anderes Zeichen.',
  'invalid-character': '„{character}“ darf in einer IP-Adresse oder einem Adressbereich nicht vorkommen.',
  'inner-space': 'Entfernen Sie die Leerzeichen innerhalb der Adresse.',
  'zone-id': 'Entfernen Sie die Zonen-ID (den Teil ab „%“): Sie hat nur in einem lokalen Netzsegment eine Bedeutung.',
  'extra-slash': 'Verwenden Sie nur einen „/“, gefolgt von der Präfixlänge, zum Beispiel /24.',
  'missing-address': 'Geben Sie vor dem „/“ eine Adresse ein.',
  'missing-prefix': 'Geben Sie nach dem „/“ die Präfixlänge ein, zum Beispiel /24, oder entfernen Sie den „/“.',
  'invalid-prefix': 'Die Präfixlänge „{prefix}“ muss eine ganze Zahl ohne Vorzeichen sein, zum Beispiel /24.',
  'prefix-leading-zero': 'Schreiben Sie die Präfixlänge „{prefix}“ ohne führende Nullen.',
  'prefix-too-long': 'Die Präfixlänge /{prefix} ist zu lang: Ein IPv{family}-Präfix ist höchstens /{max} lang.',
  hostname: 'Geben Sie eine IP-Adresse ein, keinen Hostnamen: Ein Hostname kann jederzeit auf andere Adressen zeigen.',
  'hex-ipv4': 'Schreiben Sie die IPv4-Adresse dezimal, zum Beispiel 127.0.0.1, nicht hexadezimal.',
  'integer-address':
    'Schreiben Sie die IPv4-Adresse als vier durch Punkte getrennte Zahlen, zum Beispiel 127.0.0.1, nicht als eine einzige Zahl.',
  'shortened-ipv4': 'Schreiben Sie alle vier Teile der IPv4-Adresse aus, zum Beispiel 127.0.0.1 statt 127.1.',
  'too-many-octets': 'Eine IPv4-Adresse besteht aus genau vier durch Punkte getrennten Zahlen.',
  'empty-octet': 'Zwischen den Punkten fehlt eine Zahl.',
  'leading-zero': 'Entfernen Sie die führende Null aus „{octet}“: Manche Systeme lesen solche Zahlen als Oktalzahlen.',
  'octet-out-of-range': '„{octet}“ ist zu groß: Jeder Teil einer IPv4-Adresse ist eine Zahl von 0 bis 255.',
  'ipv4-mapped': 'Geben Sie die IPv4-Adresse selbst ein ({suggestion}), nicht ihre IPv4-gemappte IPv6-Form.',
  'ipv4-in-ipv6':
    'Schreiben Sie die IPv6-Adresse nur in hexadezimalen Gruppen; ein IPv4-Teil mit Punkten wird hier nicht angenommen.',
  'ipv6-triple-colon': 'Eine IPv6-Adresse darf keine drei Doppelpunkte hintereinander enthalten.',
  'ipv6-double-colon-twice': '„::“ darf in einer IPv6-Adresse nur einmal vorkommen.',
  'ipv6-empty-group':
    'An einem Doppelpunkt fehlt eine Gruppe aus Hexadezimalziffern; nur „::“ darf für ausgelassene Gruppen stehen.',
  'ipv6-group-too-long': '„{group}“ ist zu lang: Jede Gruppe einer IPv6-Adresse hat höchstens 4 Hexadezimalziffern.',
  'ipv6-too-many-groups': 'Eine IPv6-Adresse hat höchstens 8 durch Doppelpunkte getrennte Gruppen.',
  'ipv6-too-few-groups': 'Eine IPv6-Adresse hat 8 Gruppen; mit „::“ kürzen Sie eine Folge von Nullgruppen ab.',

  duplicate: '{cidr} ist {count}-mal eingetragen; behalten Sie nur einen Eintrag.',
  overlap: '{cidr} liegt innerhalb von {other} und ist dadurch schon zugelassen; Sie können den Eintrag entfernen.',
  'whole-internet': {
    one: 'Dieser Eintrag lässt jede IPv{family}-Adresse zu: Der Dienst wäre aus dem gesamten Internet erreichbar.',
    other: 'Zusammen lassen diese {count} Einträge jede IPv{family}-Adresse zu: Der Dienst wäre aus dem gesamten Internet erreichbar.',
  },
  'whole-internet-confirm': {
    one: 'Dieser Eintrag lässt jede IPv{family}-Adresse zu: Der Dienst wird aus dem gesamten Internet erreichbar sein. Bestätigen Sie, dass das gewollt ist.',
    other:
      'Zusammen lassen diese {count} Einträge jede IPv{family}-Adresse zu: Der Dienst wird aus dem gesamten Internet erreichbar sein. Bestätigen Sie, dass das gewollt ist.',
  },
  'not-public': '{cidr} ist nicht öffentlich ({kindName}): Eine solche Quelle kann einen öffentlichen Endpunkt nie erreichen.',
  'too-many': 'Es sind {count} Einträge; erlaubt sind höchstens {max}.',
  'ipv6-not-allowed':
    'Dieser Dienst nimmt keine IPv6-Quellen an; geben Sie statt {cidr} eine IPv4-Adresse oder einen IPv4-Adressbereich ein.',
  none: 'Jeder Zugriff bleibt gesperrt, bis Sie mindestens eine vertrauenswürdige Quelle hinzufügen.',

  'kind-unspecified': 'unspezifizierte Adresse, „dieses Netz“',
  'kind-private': 'privater Adressbereich',
  'kind-shared': 'gemeinsam genutzter Adressbereich für Carrier-Grade-NAT',
  'kind-loopback': 'Loopback-Bereich',
  'kind-link-local': 'Link-Local-Bereich',
  'kind-documentation': 'Bereich für Dokumentation',
  'kind-benchmarking': 'Bereich für Benchmarks',
  'kind-multicast': 'Multicast-Bereich',
  'kind-reserved': 'reservierter Bereich',
  'kind-broadcast': 'Broadcast-Adresse',
  'kind-unique-local': 'Unique-Local-Bereich',
};

export const trustedSourcesEditorMessagesDe: TranslatedMessages<typeof trustedSourcesEditorMessagesEn, 'one'> = {
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
  pending: PENDING,
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

export const nodeSizePickerMessagesDe: TranslatedMessages<typeof nodeSizePickerMessagesEn, 'one'> = {
  'type-label': 'Knotentyp',
  'size-label': 'Knotengröße',
  hint:
    'Sie wissen noch nicht, welche Leistung Sie benötigen? Beginnen Sie mit dem kleinsten Knoten und skalieren Sie später bei Bedarf hoch.',
  vcpu: '{count} vCPU',
  ram: '{ram} RAM',
  'monthly-price': '{price} pro Monat',
  'not-in-region': 'In dieser Region nicht angeboten',
  'no-sizes': 'Es sind keine Knotengrößen verfügbar.',
  'error-prefix': 'Fehler:',
  'value-missing': 'Wählen Sie eine Knotengröße aus.',
  'size-not-in-region': 'Die Größe {size} wird in dieser Region nicht angeboten. Wählen Sie eine andere Größe aus.',
};

export const orderStatusMessagesDe: TranslatedMessages<typeof orderStatusMessagesEn, 'one'> = {
  'status-received': 'Eingegangen',
  'status-provisioning': 'Wird bereitgestellt',
  'status-ready': 'Bereit',
  'status-failed': 'Fehlgeschlagen',
  'status-cancelled': 'Storniert',
  'status-unknown': 'Unbekannt',
  order: 'Bestellung {orderId}',
  'updated-at': 'Aktualisiert {time}',
  'failed-advice':
    'Leider ist etwas schiefgegangen. Bitte eröffnen Sie ein Support-Ticket, damit wir Ihnen so schnell wie möglich helfen können.',
  'support-link': 'Support-Ticket eröffnen',
  reconnecting: 'Verbindung unterbrochen – neuer Versuch …',
  offline: 'Verbindung unterbrochen – Sie sind offline.',
};

export const de: Translation<'one'> = {
  $code: 'de',
  $name: 'Deutsch',
  orderWizard: orderWizardMessagesDe,
  order: orderMessagesDe,
  trustedSources: trustedSourceMessagesDe,
  trustedSourcesEditor: trustedSourcesEditorMessagesDe,
  nodeSizePicker: nodeSizePickerMessagesDe,
  orderStatus: orderStatusMessagesDe,
};
