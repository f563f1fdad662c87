/**
 * EXAMPLE DATA. The built-in catalog for the demo, stories and tests: Keycloak as a Service, three databases (MariaDB,
 * PostgreSQL, MySQL), a Harbor private registry, two German regions. Prices, versions and documents are made up;
 * document links point at example.com placeholders. Integrators pass their own catalog.
 *
 * Texts in English (the default locale) and German, as maps where the words differ; the German legal texts have links
 * of their own. Product names and "Zone A" are the same in both and stay plain strings.
 *
 * The largest general-purpose size (`gp-xl`) is offered in Cologne only, and Hamburg offers Harbor without the
 * memory-optimised sizes, so the UI has a "not offered in this region" case to show.
 *
 * Plain data that imports nothing: a wizard given no catalog loads it on demand; `built-in-catalog.ts` has it parsed.
 * Every default is written out (`showIn`, `required`, `hoursPerMonth`), so the data is already what parsing makes of
 * it (the tests check that parsing changes nothing) and that wizard uses it as it is, instead of parsing our own
 * constant on every page load.
 */
import type { Catalog, CatalogInput, LocalizedText, ServiceKind } from '../schema/catalog.js';

const NODE_TYPES = [
  {
    id: 'general-purpose',
    label: { en: 'General purpose', de: 'Allzweck' },
    description: {
      en: 'Balanced vCPU and memory for most workloads.',
      de: 'Ausgewogenes Verhältnis von vCPU und Arbeitsspeicher für die meisten Anwendungen.',
    },
  },
  {
    id: 'memory-optimised',
    label: { en: 'Memory optimised', de: 'Speicheroptimiert' },
    description: {
      en: '8 GiB of memory per vCPU for large caches and data sets.',
      de: '8 GiB Arbeitsspeicher pro vCPU für große Caches und Datenbestände.',
    },
  },
];

/** Monthly prices of gp-s, gp-m, gp-l, gp-xl, mo-m and mo-l, in EUR. */
type PriceList = readonly [string, string, string, string, string, string];

function sizes(prices: PriceList) {
  const [s, m, l, xl, memoryM, memoryL] = prices;
  return [
    { id: 'gp-s', nodeType: 'general-purpose', label: 'S', vcpu: 2, ramGiB: 4, monthlyPrice: s },
    { id: 'gp-m', nodeType: 'general-purpose', label: 'M', vcpu: 4, ramGiB: 8, monthlyPrice: m },
    { id: 'gp-l', nodeType: 'general-purpose', label: 'L', vcpu: 8, ramGiB: 16, monthlyPrice: l },
    { id: 'gp-xl', nodeType: 'general-purpose', label: 'XL', vcpu: 16, ramGiB: 32, monthlyPrice: xl, regions: ['de-west-1'] },
    { id: 'mo-m', nodeType: 'memory-optimised', label: 'M', vcpu: 4, ramGiB: 32, monthlyPrice: memoryM },
    { id: 'mo-l', nodeType: 'memory-optimised', label: 'L', vcpu: 8, ramGiB: 64, monthlyPrice: memoryL },
  ];
}

function service(
  id: string, kind: ServiceKind, name: LocalizedText, description: LocalizedText, versions: string[], prices: PriceList,
  options?: ServiceOptionInput[],
) {
  return { id, kind, name, description, versions, nodeTypes: NODE_TYPES, sizes: sizes(prices), ...(options ? { options } : {}) };
}

type ServiceOptionInput = NonNullable<CatalogInput['services'][number]['options']>[number];

/**
 * Options: every service gets an instance name (optional: left empty, the provider names the instance after the
 * order); databases a standby in another zone (Cologne only, where there are three zones), backup retention and a
 * maintenance window; Harbor vulnerability scanning. Keycloak's node count is its own option (above).
 */
const OPTIONS: CatalogInput['options'] = [
  {
    id: 'instance-name',
    type: 'text',
    label: { en: 'Instance name', de: 'Instanzname' },
    description: {
      en: '3 to 40 lowercase letters, digits and hyphens, starting with a letter; part of the service\'s address. Left empty, we name it after the order.',
      de: '3 bis 40 Kleinbuchstaben, Ziffern und Bindestriche, beginnend mit einem Buchstaben; Teil der Adresse des Dienstes. Leer gelassen, benennen wir sie nach der Bestellung.',
    },
    showIn: 'service',
    required: false,
    minLength: 3,
    maxLength: 40,
    pattern: '[a-z](?:[a-z0-9-]*[a-z0-9])?',
  },
  {
    id: 'high-availability',
    kinds: ['database'],
    type: 'toggle',
    label: { en: 'High availability', de: 'Hochverfügbarkeit' },
    description: {
      en: 'A standby node of the same size in another availability zone takes over within a minute if the primary fails. Offered in Germany West (Cologne).',
      de: 'Ein Standby-Knoten gleicher Größe in einer anderen Verfügbarkeitszone übernimmt binnen einer Minute, wenn der primäre ausfällt. Angeboten in Deutschland West (Köln).',
    },
    showIn: 'options',
    required: false,
    price: { nodeFactor: '1' },
    regions: ['de-west-1'],
  },
  {
    id: 'backup-retention',
    kinds: ['database'],
    type: 'number',
    label: { en: 'Backup retention', de: 'Aufbewahrung der Backups' },
    description: {
      en: 'How long daily backups are kept, in weeks of 7 days; included in the price.',
      de: 'Wie lange die täglichen Backups aufbewahrt werden, in Wochen zu 7 Tagen; im Preis enthalten.',
    },
    showIn: 'options',
    required: true,
    default: 7,
    min: 7,
    max: 35,
    step: 7,
    unit: { en: 'days', de: 'Tage' },
  },
  {
    id: 'maintenance-window',
    kinds: ['database'],
    type: 'choice',
    label: { en: 'Maintenance window', de: 'Wartungsfenster' },
    description: {
      en: 'When updates may restart the database (German time).',
      de: 'Wann Updates die Datenbank neu starten dürfen (deutsche Zeit).',
    },
    showIn: 'options',
    required: true,
    default: 'sun-02',
    choices: [
      { id: 'sun-02', label: { en: 'Sunday 02:00–04:00', de: 'Sonntag 02:00–04:00' } },
      { id: 'sat-02', label: { en: 'Saturday 02:00–04:00', de: 'Samstag 02:00–04:00' } },
      { id: 'wed-03', label: { en: 'Wednesday 03:00–05:00', de: 'Mittwoch 03:00–05:00' } },
    ],
  },
  {
    id: 'vulnerability-scanning',
    services: ['harbor'],
    type: 'toggle',
    label: { en: 'Vulnerability scanning', de: 'Schwachstellenscan' },
    description: {
      en: 'Scans every pushed image for known vulnerabilities; you decide whether images with critical findings may be pulled.',
      de: 'Prüft jedes hochgeladene Image auf bekannte Schwachstellen; Sie entscheiden, ob Images mit kritischen Funden geladen werden dürfen.',
    },
    showIn: 'options',
    required: false,
    price: { monthly: '29.00' },
  },
];

const SERVICE_IDS = ['keycloak', 'mariadb', 'postgresql', 'mysql', 'harbor'];

export const builtInCatalogInput: CatalogInput = {
  schemaVersion: 1,
  defaultLocale: 'en',
  currency: 'EUR',
  storage: { minGb: 50, maxGb: 2000, stepGb: 10, pricePerGbMonth: '0.12' },
  trustedSources: { maxEntries: 100, allowIpv6: true, allowAnyAddress: false },
  services: [
    service(
      'keycloak', 'iam', 'Keycloak as a Service',
      {
        en: 'Managed Keycloak for single sign-on and identity management.',
        de: 'Verwaltetes Keycloak für Single Sign-on und Identitätsverwaltung.',
      },
      ['26', '25'], ['79.00', '149.00', '289.00', '559.00', '219.00', '419.00'],
      [
        {
          id: 'nodes',
          type: 'number',
          label: { en: 'Number of nodes', de: 'Anzahl der Knoten' },
          description: {
            en: 'Keycloak nodes in one cluster, each of the chosen size. Two or more keep sign-in running during updates and failures.',
            de: 'Keycloak-Knoten in einem Cluster, jeder in der gewählten Größe. Ab zwei Knoten bleibt die Anmeldung bei Updates und Ausfällen erreichbar.',
          },
          showIn: 'size',
          required: true,
          min: 1,
          max: 5,
          default: 1,
          // No unit: the label says what is counted, and "1 nodes" would read wrong (a unit has no plural forms).
          nodeCount: true,
        },
      ],
    ),
    service(
      'mariadb', 'database', 'MariaDB',
      { en: 'Managed MariaDB database with daily backups.', de: 'Verwaltete MariaDB-Datenbank mit täglichen Backups.' },
      ['11.8', '11.4', '10.11', '10.6'], ['69.90', '134.90', '259.90', '509.90', '199.90', '389.90'],
    ),
    service(
      'postgresql', 'database', 'PostgreSQL',
      {
        en: 'Managed PostgreSQL database with daily backups and point-in-time recovery.',
        de: 'Verwaltete PostgreSQL-Datenbank mit täglichen Backups und Wiederherstellung auf einen beliebigen Zeitpunkt.',
      },
      ['17', '16', '15', '14'], ['74.90', '144.90', '279.90', '549.90', '209.90', '399.90'],
    ),
    service(
      'mysql', 'database', 'MySQL',
      { en: 'Managed MySQL database with daily backups.', de: 'Verwaltete MySQL-Datenbank mit täglichen Backups.' },
      ['8.4', '8.0'], ['69.90', '134.90', '259.90', '509.90', '199.90', '389.90'],
    ),
    {
      ...service(
        'harbor', 'registry', { en: 'Harbor Private Registry', de: 'Private Harbor-Registry' },
        {
          en: 'Managed Harbor registry for container images and Helm charts.',
          de: 'Verwaltete Harbor-Registry für Container-Images und Helm-Charts.',
        },
        ['2.13', '2.12'], ['99.00', '179.00', '339.00', '649.00', '259.00', '489.00'],
      ),
      // Registries hold images: more room, coarser steps, a lower rate per GB.
      storage: { maxGb: 10000, stepGb: 50, pricePerGbMonth: '0.06' },
    },
  ],
  regions: [
    {
      id: 'de-west-1',
      label: { en: 'Germany West (Cologne)', de: 'Deutschland West (Köln)' },
      availabilityZones: [
        { id: 'de-west-1a', label: 'Zone A' },
        { id: 'de-west-1b', label: 'Zone B' },
        { id: 'de-west-1c', label: 'Zone C' },
      ],
      offers: SERVICE_IDS.map((id) => ({ service: id })),
    },
    {
      id: 'de-north-1',
      label: { en: 'Germany North (Hamburg)', de: 'Deutschland Nord (Hamburg)' },
      availabilityZones: [
        { id: 'de-north-1a', label: 'Zone A' },
        { id: 'de-north-1b', label: 'Zone B' },
      ],
      offers: SERVICE_IDS.map((id) => (id === 'harbor' ? { service: id, sizes: ['gp-s', 'gp-m', 'gp-l'] } : { service: id })),
    },
  ],
  options: OPTIONS,
  // Prices are net; German VAT is added, and hourly amounts are shown beside the monthly ones.
  pricing: { show: 'both', hoursPerMonth: 730, tax: { ratePercent: '19', label: { en: 'VAT', de: 'USt.' }, included: false } },
  documents: [
    {
      id: 'terms',
      title: { en: 'General Terms and Conditions', de: 'Allgemeine Geschäftsbedingungen' },
      url: { en: 'https://example.com/legal/terms-v3.pdf', de: 'https://example.com/legal/de/agb-v3.pdf' },
      version: '3',
    },
    {
      id: 'dpa',
      title: { en: 'Data Processing Agreement', de: 'Auftragsverarbeitungsvertrag' },
      url: { en: 'https://example.com/legal/dpa-v2.1.pdf', de: 'https://example.com/legal/de/avv-v2.1.pdf' },
      version: '2.1',
    },
    {
      id: 'service-description-iam',
      title: { en: 'Service Description Keycloak as a Service', de: 'Leistungsbeschreibung Keycloak as a Service' },
      url: {
        en: 'https://example.com/legal/service-description-keycloak-v1.4.pdf',
        de: 'https://example.com/legal/de/leistungsbeschreibung-keycloak-v1.4.pdf',
      },
      version: '1.4',
      kinds: ['iam'],
    },
    {
      id: 'service-description-database',
      title: { en: 'Service Description Databases', de: 'Leistungsbeschreibung Datenbanken' },
      url: {
        en: 'https://example.com/legal/service-description-databases-v2.0.pdf',
        de: 'https://example.com/legal/de/leistungsbeschreibung-datenbanken-v2.0.pdf',
      },
      version: '2.0',
      kinds: ['database'],
    },
    {
      id: 'service-description-registry',
      title: { en: 'Service Description Private Registry (Harbor)', de: 'Leistungsbeschreibung Private Registry (Harbor)' },
      url: {
        en: 'https://example.com/legal/service-description-registry-v1.2.pdf',
        de: 'https://example.com/legal/de/leistungsbeschreibung-registry-v1.2.pdf',
      },
      version: '1.2',
      kinds: ['registry'],
    },
  ],
  support: { en: 'https://example.com/support/ticket', de: 'https://example.com/de/support/ticket' },
};

/**
 * The same object as the parsed catalog: every default is written out above, and the tests check that parsing it
 * changes nothing. For a wizard given no catalog, which uses it without parsing it again.
 */
export const builtInCatalogReady = builtInCatalogInput as unknown as Catalog;
