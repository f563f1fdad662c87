/**
 * French (formal "vous"): every message of the elements and of the pure modules. Plain data, no side effects: the
 * elements load it on demand (`translationLoaders`), `order-widgets/translations/fr` registers it up front.
 * Plural forms as CLDR has them for French: `one` (0 and 1), `many` (whole millions: « 1 000 000 d'adresses »), `other`.
 */
import type { nodeSizePickerMessagesEn } from '../node-size-picker.messages.js';
import type { orderStatusMessagesEn } from '../order-status.messages.js';
import type { orderWizardMessagesEn } from '../order-wizard.messages.js';
import type { orderMessagesEn } from '../order.messages.js';
import type { TranslatedMessages, Translation } from '../translations.js';
import type { trustedSourcesEditorMessagesEn } from '../trusted-sources-editor.messages.js';
import type { trustedSourceMessagesEn } from '../trusted-sources.messages.js';

// The editor's own sentence: the wizard's error summary and the editor's field say the same.
const PENDING = '{address} n’a pas encore été ajoutée\u00a0: cliquez sur «\u00a0Ajouter\u00a0» ou videz le champ.';

export const orderWizardMessagesFr: TranslatedMessages<typeof orderWizardMessagesEn, 'one' | 'many'> = {
  'steps-label': 'Étapes de la commande',
  'step-service': 'Service',
  'step-size': 'Taille de nœud',
  'step-storage': 'Stockage',
  'step-trusted-sources': 'Sources de confiance',
  'step-region': 'Région',
  'step-options': 'Options',
  'step-billing': 'Profil de facturation',
  'step-summary': 'Récapitulatif',
  'step-version': 'Version',
  'step-done': 'terminée',
  'step-current': 'étape en cours',
  'step-todo': 'pas encore terminée',
  'step-count': 'Étape {current} sur {total}',

  'heading-service': 'Choisissez le service',
  'heading-size': 'Choisissez le type et la taille de nœud',
  'heading-storage': 'Choisissez l’espace de stockage',
  'heading-trusted-sources': 'Autoriser l’accès',
  'heading-region': 'Choisissez la région',
  'heading-options': 'Choisissez les options',
  'heading-billing': 'Choisissez le profil de facturation',
  'heading-summary': 'Vérifiez et passez votre commande',
  'heading-version': 'Choisissez la version de {service}',

  back: 'Retour',
  next: 'Suivant',
  'place-order': 'Commander maintenant',
  'placing-order': 'Envoi de votre commande…',
  'error-summary-title': 'Il y a un problème',
  'error-summary-last-attempt': 'Lors de votre dernier essai. Les points corrigés sont barrés ; l’étape est vérifiée à nouveau quand vous continuez.',
  'error-prefix': 'Erreur\u00a0:',
  'invalid-value': 'Cette valeur n’est pas valide.',

  'service-label': 'Service',
  'kind-iam': 'Gestion des identités et des accès',
  'kind-database': 'Bases de données',
  'kind-registry': 'Registre de conteneurs',
  'version-label': 'Version de {service}',
  'missing-service': 'Sélectionnez un service.',
  'missing-version': 'Sélectionnez une version.',
  'missing-size': 'Sélectionnez une taille de nœud.',
  'missing-node-type': 'Sélectionnez un type de nœud.',
  'missing-region': 'Sélectionnez une région.',
  'missing-billing': 'Sélectionnez un profil de facturation ou «\u00a0Nouveau profil de facturation\u00a0».',
  'choose-service-first': 'Choisissez d’abord un service.',

  'storage-label': 'Stockage en Go',
  'storage-slider-label': 'Stockage (curseur)',
  'storage-hint':
    'Au moins {min} Go, au plus {max} Go, par paliers de {step} Go. Vous pourrez en ajouter par la suite.',

  'trusted-sources-intro':
    'Le service est joignable par une adresse IP publique. Tout accès reste bloqué, sauf depuis les sources de confiance que vous saisissez ici.',

  'region-label': 'Région',
  'zone-label': 'Zone de disponibilité',
  'zone-any': 'Pas de préférence',
  'zone-any-hint': 'Nous choisissons une zone pour vous.',

  'billing-label': 'Profil de facturation',
  'billing-hint':
    'Déjà client\u00a0? Ajoutez le service à une facture existante. Si vous êtes un nouveau client, créez un nouveau profil de facturation.',
  'billing-new': 'Nouveau profil de facturation',
  'billing-new-legend': 'Nouveau profil de facturation',
  'field-company': 'Société',
  'field-contactName': 'Personne à contacter',
  'field-email': 'Adresse e-mail',
  'field-street': 'Numéro et nom de rue',
  'field-postalCode': 'Code postal',
  'field-city': 'Ville',
  'field-country': 'Pays',
  'field-vatId': 'Numéro de TVA intracommunautaire (facultatif)',
  'vat-hint': 'Avec le préfixe du pays, par exemple FR12345678901.',
  'country-choose': 'Sélectionnez un pays',

  'summary-service': 'Service',
  'summary-version': 'Version',
  'summary-size': 'Nœud',
  'summary-storage': 'Stockage',
  'summary-trusted-sources': 'Sources de confiance',
  'summary-region': 'Région',
  'summary-zone': 'Zone de disponibilité',
  'summary-billing': 'Profil de facturation',
  'size-value': '{type}, {size} ({vcpu} vCPU, {ram} de RAM)',
  'not-chosen': 'Pas encore choisi',
  change: 'Modifier',
  'documents-heading': 'Documents',
  'documents-hint':
    'Veuillez lire les documents et les accepter un par un. Vous pourrez ensuite passer la commande.',
  'document-version': 'Version {version}',
  'document-opens': '(s’ouvre dans un nouvel onglet)',
  'document-accept': 'J’ai lu et j’accepte «\u00a0{title}\u00a0».',

  'price-heading': 'Prix mensuel',
  'price-base': 'Frais de base',
  'price-node': 'Nœud {size}',
  'price-storage': 'Stockage, {gb}',
  'price-total': 'Total par mois',
  'option-on': 'Oui',
  'option-off': 'Non',
  'option-optional': '(facultatif)',
  'option-range': 'De {min} à {max}, par paliers de {step}.',
  'price-tax-added': 'Plus {rate}\u00a0% de {label}',
  'price-tax-included': 'Dont {rate}\u00a0% de {label}',
  'price-gross': 'Total par mois, {label} comprise',
  'price-hourly': 'Environ {amount} par heure',
  'price-empty': 'Le prix s’affiche dès que vous avez choisi un service et une taille de nœud.',
  'price-announce': 'Prix mensuel\u00a0: {total}.',

  'submit-failed-title': 'Nous n’avons pas pu confirmer votre commande',
  'submit-failed-body': 'Rien n’est perdu. Veuillez réessayer\u00a0: votre commande ne sera pas passée deux fois.',
  'submit-timeout': 'Aucune réponse n’est arrivée à temps.',
  'submit-invalid-response': 'La réponse ne contenait pas de numéro de commande.',
  'submit-host-message': 'Message\u00a0: {message}',
  retry: 'Réessayer',
  'no-responder-title': 'La commande n’a pas été envoyée',
  'no-responder-body':
    'Cette page n’est pas configurée pour passer des commandes\u00a0: aucun écouteur de l’événement «\u00a0order-submit\u00a0» n’a appelé respondWith(). Veuillez contacter l’exploitant du site.',

  'placed-heading': 'Merci, votre commande a bien été passée',
  'placed-order-id': 'Numéro de commande\u00a0: {orderId}',
  'placed-status': 'État de votre commande\u00a0:',
  'placed-before': 'Cette commande a déjà été passée. Elle ne sera pas envoyée une seconde fois.',
  'placed-next': 'La suite\u00a0: votre service est mis en place automatiquement. Le statut indique où en est la mise en service.',
  'placed-status-link': 'Voir l’état de la commande',
  'placed-recap-heading': 'Votre commande',

  'config-error-title': 'Ce formulaire de commande n’est pas configuré correctement',
  'config-error-body':
    'Aucune commande n’est possible ici tant que l’exploitant du site n’a pas corrigé l’offre. Détails pour l’exploitant du site\u00a0:',
  'catalog-loading': 'Chargement de l’offre…',
  'catalog-fetch-failed': 'L’offre n’a pas pu être chargée depuis {url}.',
  'cleared-title': 'Certains de vos choix ont été réinitialisés, car l’offre a changé',

  'code-preset-not-an-object': 'La présélection doit être un objet contenant des champs de commande.',
  'code-preset-not-json': 'L’attribut «\u00a0preset\u00a0» ne contient pas de JSON valide.',
  'code-not-prefillable': 'Le champ «\u00a0{key}\u00a0» ne peut pas être prérempli\u00a0: c’est au client d’en décider dans l’assistant.',
  'code-duplicate-key': 'Les champs «\u00a0{key}\u00a0» et «\u00a0{other}\u00a0» ont le même sens\u00a0; seul «\u00a0{other}\u00a0» est pris en compte.',
  'code-service-cleared': 'Réinitialisé avec le service.',
  'code-region-cleared': 'Réinitialisé avec la région.',
  'code-trusted-source-not-added': PENDING,
};

export const orderMessagesFr: TranslatedMessages<typeof orderMessagesEn, 'one' | 'many'> = {
  required: 'Cette valeur est manquante.',
  'unknown-key': 'Le champ «\u00a0{key}\u00a0» n’est pas connu ici.',
  'expected-text': 'Ceci doit être un texte.',
  'expected-number': 'Ceci doit être un nombre.',
  'expected-whole-number': 'Ceci doit être un nombre entier.',
  'expected-boolean': 'Ceci doit être vrai ou faux.',
  'expected-list': 'Ceci doit être une liste.',
  'expected-object': 'Ceci doit être un objet avec des champs nommés.',
  'empty-text': 'Ceci ne doit pas être vide.',
  'text-too-long': {
    one: 'Utilisez au plus {count} caractère.',
    many: 'Utilisez au plus {count} de caractères.',
    other: 'Utilisez au plus {count} caractères.',
  },
  'number-too-small': 'Ceci doit être au moins égal à {minimum}.',
  'number-too-big': 'Ceci doit être au plus égal à {maximum}.',
  'too-few-items': {
    one: 'Indiquez au moins {count} entrée.',
    many: 'Indiquez au moins {count} d’entrées.',
    other: 'Indiquez au moins {count} entrées.',
  },
  'too-many-items': {
    one: 'Indiquez au plus {count} entrée.',
    many: 'Indiquez au plus {count} d’entrées.',
    other: 'Indiquez au plus {count} entrées.',
  },
  'invalid-choice': 'Choisissez parmi\u00a0: {choices}.',
  'invalid-value': 'Cette valeur n’est pas valide.',
  'text-control-character': 'Supprimez le caractère de contrôle invisible ({character}) de ce texte.',
  'text-bidi-control': 'Supprimez le caractère invisible ({character}) qui change le sens de lecture de ce texte.',
  'order-not-an-object': 'La commande doit être un objet contenant les champs de commande.',
  'invalid-idempotency-key':
    'La clé d’idempotence doit être un UUID, par exemple 123e4567-e89b-12d3-a456-426614174000.',
  'unknown-service': 'Le service «\u00a0{id}\u00a0» n’est pas proposé.',
  'unknown-version': 'La version «\u00a0{version}\u00a0» de {service} n’est pas proposée. Choisissez parmi\u00a0: {choices}.',
  'unknown-node-type': 'Le type de nœud «\u00a0{id}\u00a0» n’est pas proposé pour {service}.',
  'unknown-size': 'La taille «\u00a0{id}\u00a0» n’est pas proposée pour {service}.',
  'size-node-type-mismatch': 'La taille {size} ({vcpu} vCPU, {ram} GiB RAM) n’appartient pas au type de nœud {nodeType}.',
  'unknown-region': 'La région «\u00a0{id}\u00a0» n’est pas proposée.',
  'service-not-in-region': '{service} n’est pas proposé dans la région {region}.',
  'size-not-in-region':
    'La taille {size} ({vcpu} vCPU, {ram} GiB RAM) n’est pas proposée dans la région {region}. Choisissez une autre taille ou une autre région.',
  'unknown-availability-zone': 'La zone de disponibilité «\u00a0{id}\u00a0» ne fait pas partie de la région {region}.',
  'storage-not-a-number': 'Indiquez l’espace de stockage sous forme de nombre de Go.',
  'storage-below-minimum': 'Choisissez au moins {min} Go de stockage.',
  'storage-above-maximum': 'Choisissez au plus {max} Go de stockage.',
  'storage-off-step': 'Le stockage se choisit par paliers de {step} Go\u00a0: choisissez {lower} Go ou {upper} Go.',
  'trusted-source-not-canonical': 'Saisissez «\u00a0{input}\u00a0» sous sa forme exacte {cidr}.',
  'whole-internet-not-confirmed':
    'Confirmez que le service peut être joint depuis tout Internet, ou supprimez {cidr}.',
  'document-not-accepted': 'Acceptez «\u00a0{title}\u00a0» (version {version}).',
  'document-version-outdated':
    'Vous avez accepté la version {accepted} de «\u00a0{title}\u00a0»\u00a0; veuillez accepter la version actuelle {version}.',
  'document-not-applicable': '«\u00a0{title}\u00a0» ne s’applique pas à {service}.',
  'unknown-document': 'Le document «\u00a0{id}\u00a0» n’est pas connu.',
  'duplicate-document': '«\u00a0{title}\u00a0» est accepté plusieurs fois.',
  'invalid-date-time':
    'Indiquez le moment de l’acceptation sous forme de date et heure ISO 8601 avec fuseau horaire, par exemple 2026-11-21T09:30:00Z.',
  'document-accepted-in-future': 'Le moment de l’acceptation se situe dans le futur.',
  'billing-profile-missing': 'Choisissez un profil de facturation existant ou saisissez-en un nouveau.',
  'billing-profile-ambiguous': 'Choisissez soit un profil de facturation existant, soit un nouveau, mais pas les deux.',
  'unknown-billing-profile': 'Le profil de facturation choisi n’est pas disponible.',
  'company-missing': 'Saisissez le nom de la société.',
  'contact-name-missing': 'Saisissez le nom de la personne à contacter.',
  'email-missing': 'Saisissez une adresse e-mail.',
  'email-invalid': 'Saisissez une adresse e-mail de la forme nom@exemple.com.',
  'street-missing': 'Saisissez le numéro et le nom de rue.',
  'postal-code-missing': 'Saisissez le code postal.',
  'city-missing': 'Saisissez la ville.',
  'country-unknown': 'Choisissez un pays (un code ISO 3166-1 à deux lettres, comme FR).',
  'vat-id-invalid': 'Saisissez le numéro de TVA avec le préfixe du pays, par exemple FR12345678901.',
  'unknown-option': '{service} n’a pas d’option «\u00a0{id}\u00a0».',
  'unknown-option-choice': '«\u00a0{id}\u00a0» n’est pas un choix de {option}. Choisissez parmi\u00a0: {choices}.',
  'option-below-minimum': 'Choisissez au moins {min} pour {option}.',
  'option-above-maximum': 'Choisissez au plus {max} pour {option}.',
  'option-off-step': '{option} se choisit par paliers de {step}\u00a0: choisissez {lower} ou {upper}.',
  'option-too-short': {
    one: '{option} doit comporter au moins {count} caractère.',
    many: '{option} doit comporter au moins {count} de caractères.',
    other: '{option} doit comporter au moins {count} caractères.',
  },
  'option-too-long': {
    one: '{option} peut comporter au plus {count} caractère.',
    many: '{option} peut comporter au plus {count} de caractères.',
    other: '{option} peut comporter au plus {count} caractères.',
  },
  'option-pattern-mismatch': '{option} n’a pas la forme décrite dans l’aide.',
  'option-required': 'Saisissez ou choisissez une valeur pour {option}.',
  'option-not-in-region': '{option} n’est pas proposé dans la région {region}.',
  'option-not-for-size': '{option} n’est pas proposé avec la taille {size}.',
  'option-needs-other': '{option} n’est proposé que si {other} vaut {values}.',
};

export const trustedSourceMessagesFr: TranslatedMessages<typeof trustedSourceMessagesEn, 'one' | 'many'> = {
  'not-text': 'Saisissez l’adresse sous forme de texte.',
  'too-long': 'C’est trop long pour une adresse IP ou une plage d’adresses (au plus {max} caractères).',
  empty: 'Saisissez une adresse IP ou une plage d’adresses, par exemple 203.0.113.7 ou 203.0.113.0/24.',
  'hidden-character':
    'Supprimez le caractère invisible ({codepoint})\u00a0; il est souvent ajouté lors d’un copier-coller.',
  'non-ascii-digit':
    'Utilisez les chiffres de 0 à 9\u00a0: «\u00a0{character}\u00a0» ressemble à un chiffre, mais c’est un autre caractère.',
  'invalid-character': '«\u00a0{character}\u00a0» ne peut pas figurer dans une adresse IP ou une plage d’adresses.',
  'inner-space': 'Supprimez les espaces à l’intérieur de l’adresse.',
  'zone-id':
    'Supprimez l’identifiant de zone (la partie à partir de «\u00a0%\u00a0»)\u00a0: il n’a de sens que sur une liaison réseau locale.',
  'extra-slash': 'N’utilisez qu’une seule «\u00a0/\u00a0», suivie de la longueur du préfixe, par exemple /24.',
  'missing-address': 'Saisissez l’adresse avant la «\u00a0/\u00a0».',
  'missing-prefix': 'Saisissez la longueur du préfixe après la «\u00a0/\u00a0», par exemple /24, ou supprimez la «\u00a0/\u00a0».',
  'invalid-prefix': 'La longueur de préfixe «\u00a0{prefix}\u00a0» doit être un nombre entier sans signe, par exemple /24.',
  'prefix-leading-zero': 'Écrivez la longueur de préfixe «\u00a0{prefix}\u00a0» sans zéros en tête.',
  'prefix-too-long': 'La longueur de préfixe /{prefix} est trop grande\u00a0: un préfixe IPv{family} va au plus jusqu’à /{max}.',
  hostname:
    'Saisissez une adresse IP, pas un nom d’hôte\u00a0: un nom d’hôte peut à tout moment pointer vers d’autres adresses.',
  'hex-ipv4': 'Écrivez l’adresse IPv4 en décimal, par exemple 127.0.0.1, et non en hexadécimal.',
  'integer-address':
    'Écrivez l’adresse IPv4 sous forme de quatre nombres séparés par des points, par exemple 127.0.0.1, et non d’un seul nombre.',
  'shortened-ipv4': 'Écrivez les quatre parties de l’adresse IPv4, par exemple 127.0.0.1 au lieu de 127.1.',
  'too-many-octets': 'Une adresse IPv4 compte exactement quatre nombres séparés par des points.',
  'empty-octet': 'Il manque un nombre entre les points.',
  'leading-zero':
    'Supprimez le zéro en tête de «\u00a0{octet}\u00a0»\u00a0: certains systèmes lisent ces nombres comme des nombres octaux.',
  'octet-out-of-range': '«\u00a0{octet}\u00a0» est trop grand\u00a0: chaque partie d’une adresse IPv4 est un nombre de 0 à 255.',
  'ipv4-mapped': 'Saisissez l’adresse IPv4 elle-même ({suggestion}) au lieu de sa forme IPv6 mappée IPv4.',
  'ipv4-in-ipv6':
    'Écrivez l’adresse IPv6 uniquement en groupes hexadécimaux\u00a0; une partie IPv4 avec des points n’est pas acceptée ici.',
  'ipv6-triple-colon': 'Une adresse IPv6 ne peut pas contenir trois deux-points à la suite.',
  'ipv6-double-colon-twice': '«\u00a0::\u00a0» ne peut figurer qu’une seule fois dans une adresse IPv6.',
  'ipv6-empty-group':
    'Il manque un groupe de chiffres hexadécimaux à un deux-points\u00a0; seul «\u00a0::\u00a0» peut remplacer des groupes omis.',
  'ipv6-group-too-long':
    '«\u00a0{group}\u00a0» est trop long\u00a0: chaque groupe d’une adresse IPv6 compte au plus 4 chiffres hexadécimaux.',
  'ipv6-too-many-groups': 'Une adresse IPv6 compte au plus 8 groupes séparés par des deux-points.',
  'ipv6-too-few-groups': 'Une adresse IPv6 compte 8 groupes\u00a0; utilisez «\u00a0::\u00a0» pour remplacer une suite de groupes nuls.',

  duplicate: '{cidr} figure {count} fois dans la liste\u00a0; n’en gardez qu’une.',
  overlap: '{cidr} est comprise dans {other}, qui l’autorise déjà\u00a0; vous pouvez la supprimer.',
  'whole-internet': {
    one: 'Cette entrée autorise toutes les adresses IPv{family}\u00a0: le service serait ouvert à tout Internet.',
    many: 'Ensemble, ces {count} d’entrées autorisent toutes les adresses IPv{family}\u00a0: le service serait ouvert à tout Internet.',
    other: 'Ensemble, ces {count} entrées autorisent toutes les adresses IPv{family}\u00a0: le service serait ouvert à tout Internet.',
  },
  'whole-internet-confirm': {
    one: 'Cette entrée autorise toutes les adresses IPv{family}\u00a0: le service sera ouvert à tout Internet. Confirmez que c’est bien voulu.',
    many: 'Ensemble, ces {count} d’entrées autorisent toutes les adresses IPv{family}\u00a0: le service sera ouvert à tout Internet. Confirmez que c’est bien voulu.',
    other:
      'Ensemble, ces {count} entrées autorisent toutes les adresses IPv{family}\u00a0: le service sera ouvert à tout Internet. Confirmez que c’est bien voulu.',
  },
  'not-public': '{cidr} n’est pas publique ({kindName})\u00a0: une telle source ne peut jamais atteindre un point d’accès public.',
  'too-many': 'La liste compte {count} entrées\u00a0; la limite est de {max}.',
  'ipv6-not-allowed':
    'Ce service n’accepte aucune source IPv6\u00a0; saisissez une adresse ou une plage IPv4 à la place de {cidr}.',
  none: 'Tout accès reste bloqué tant que vous n’avez pas ajouté au moins une source de confiance.',

  'kind-unspecified': 'adresse non spécifiée, «\u00a0ce réseau\u00a0»',
  'kind-private': 'plage privée',
  'kind-shared': 'espace d’adresses partagé du NAT à grande échelle (CGNAT)',
  'kind-loopback': 'plage de bouclage',
  'kind-link-local': 'plage lien-local',
  'kind-documentation': 'plage réservée à la documentation',
  'kind-benchmarking': 'plage réservée aux tests de performance',
  'kind-multicast': 'plage multicast',
  'kind-reserved': 'plage réservée',
  'kind-broadcast': 'adresse de diffusion',
  'kind-unique-local': 'plage locale unique',
};

export const trustedSourcesEditorMessagesFr: TranslatedMessages<typeof trustedSourcesEditorMessagesEn, 'one' | 'many'> = {
  legend: 'Sources de confiance',
  hint:
    'Une adresse IP ou une plage en notation CIDR, p. ex. 123.123.123.123/32 ou 222.222.222.128/28. Collez une liste pour en ajouter plusieurs à la fois.',
  'column-address': 'Adresse ou plage',
  'column-label': 'Libellé (facultatif)',
  'empty-list': 'Aucune source de confiance pour le moment\u00a0: tout accès au service reste bloqué.',
  'address-row': 'Adresse, entrée {row}',
  'label-row': 'Libellé, entrée {row}',
  remove: 'Supprimer {address}',
  'remove-short': 'Supprimer',
  'remove-row': 'Supprimer l’entrée {row}',
  'new-address': 'Nouvelle adresse ou plage',
  add: 'Ajouter',
  pending: PENDING,
  'list-too-long':
    'La liste contient {count} nouvelles entrées, mais {max} sources de confiance au plus sont autorisées et seules {room} peuvent encore être ajoutées. Rien n’a été ajouté\u00a0: raccourcissez la liste et collez-la à nouveau.',
  'add-my-ip': 'Ajouter mon IP',
  'my-ip-label': 'Mon IP',
  'my-ip-note':
    'Ajoute l’adresse que nos serveurs voient pour votre connexion. Derrière un proxy ou un NAT, le service peut voir une autre adresse.',
  'my-ip-failed': 'Votre adresse IP n’a pas pu être déterminée. Rien n’a été modifié\u00a0; saisissez l’adresse vous-même.',
  'my-ip-invalid': 'L’adresse indiquée pour votre connexion («\u00a0{text}\u00a0») n’est pas utilisable\u00a0: {reason}',
  covers: { one: 'Couvre {count} adresse', many: 'Couvre {count} d’adresses', other: 'Couvre {count} adresses' },
  'stored-as': 'Sera enregistrée sous la forme {cidr}',
  'adjusted-host-bits':
    '{from} a été enregistrée sous la forme {to}\u00a0: une plage s’écrit avec sa première adresse, et {to} est la plage qui contient {from}.',
  'adjusted-bare-address': '{from} a été enregistrée sous la forme {to}, une plage contenant exactement cette adresse.',
  line: 'Ligne {line}\u00a0: {message}',
  'already-listed': '{cidr} figure déjà dans la liste, à cette entrée.',
  'skipped-row': 'Ligne {line}\u00a0: {cidr} figure déjà dans la liste (entrée {row})\u00a0; elle n’a pas été ajoutée une seconde fois.',
  'skipped-line': 'Ligne {line}\u00a0: {cidr} figure déjà à la ligne {earlier}\u00a0; elle n’a pas été ajoutée une seconde fois.',
  'refused-same-range': '{text} est la même plage que {cidr}, déjà dans la liste (entrée {row}).',
  'refused-inside': '{text} est comprise dans {cidr} (entrée {row}), qui l’autorise déjà.',
  'refused-text-too-long': 'Le texte compte {length}\u00a0caractères, plus de {max}\u00a0: rien n’a été ajouté. Divisez-le en parties plus courtes.',
  'skipped-same-range-line': 'Ligne {line}\u00a0: {text} est la même plage que {cidr} à la ligne {earlier}\u00a0; elle n’a pas été ajoutée une seconde fois.',
  'skipped-too-long': 'Ligne {line}\u00a0: {text} est trop longue pour une adresse\u00a0; elle n’a pas été ajoutée.',
  'confirm-whole-internet': 'Je confirme que le service peut être joint depuis tout Internet.',
  'confirm-required':
    'Confirmez que le service peut être joint depuis tout Internet, ou supprimez les entrées qui autorisent toutes les adresses.',
  'error-prefix': 'Erreur\u00a0:',
  'warning-prefix': 'Avertissement\u00a0:',
  'note-prefix': 'Remarque\u00a0:',
  'announce-added': '{cidr} ajoutée.',
  'announce-removed': '{cidr} supprimée.',
  'announce-already-listed': '{cidr} figure déjà dans la liste, entrée {row}.',
  'announce-list-added': {
    one: '{count} entrée ajoutée depuis la liste.',
    many: '{count} d’entrées ajoutées depuis la liste.',
    other: '{count} entrées ajoutées depuis la liste.',
  },
  'announce-skipped': {
    one: '{count} figurait déjà dans la liste.',
    many: '{count} figuraient déjà dans la liste.',
    other: '{count} figuraient déjà dans la liste.',
  },
  'announce-attention': {
    one: '{count} entrée demande votre attention.',
    many: '{count} d’entrées demandent votre attention.',
    other: '{count} entrées demandent votre attention.',
  },
  'announce-total': {
    one: '{count} source de confiance.',
    many: '{count} de sources de confiance.',
    other: '{count} sources de confiance.',
  },
  'announce-my-ip-busy': 'Détermination de votre adresse IP…',
};

export const nodeSizePickerMessagesFr: TranslatedMessages<typeof nodeSizePickerMessagesEn, 'one' | 'many'> = {
  'type-label': 'Type de nœud',
  'size-label': 'Taille de nœud',
  hint:
    'Vous ne savez pas de quelle puissance vous avez besoin\u00a0? Commencez par le plus petit nœud et augmentez la taille plus tard si nécessaire.',
  vcpu: '{count} vCPU',
  ram: '{ram} de RAM',
  'monthly-price': '{price} par mois',
  'not-in-region': 'Non proposée dans cette région',
  'no-sizes': 'Aucune taille de nœud n’est disponible.',
  'error-prefix': 'Erreur\u00a0:',
  'value-missing': 'Sélectionnez une taille de nœud.',
  'size-not-in-region': 'La taille {size} n’est pas proposée dans cette région. Sélectionnez une autre taille.',
};

export const orderStatusMessagesFr: TranslatedMessages<typeof orderStatusMessagesEn, 'one' | 'many'> = {
  'status-received': 'Reçue',
  'status-provisioning': 'Mise en service en cours',
  'status-ready': 'Prête',
  'status-failed': 'Échec',
  'status-cancelled': 'Annulée',
  'status-unknown': 'État inconnu',
  order: 'Commande {orderId}',
  'updated-at': 'Mise à jour\u00a0: {time}',
  'failed-advice':
    'Malheureusement, un problème est survenu. Veuillez ouvrir un ticket d’assistance afin que nous puissions vous aider au plus vite.',
  'support-link': 'Ouvrir un ticket d’assistance',
  reconnecting: 'Connexion perdue — nouvelle tentative…',
  offline: 'Connexion perdue — vous êtes hors ligne.',
};

export const fr: Translation<'one' | 'many'> = {
  $code: 'fr',
  $name: 'Français',
  orderWizard: orderWizardMessagesFr,
  order: orderMessagesFr,
  trustedSources: trustedSourceMessagesFr,
  trustedSourcesEditor: trustedSourcesEditorMessagesFr,
  nodeSizePicker: nodeSizePickerMessagesFr,
  orderStatus: orderStatusMessagesFr,
};
