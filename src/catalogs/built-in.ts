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
 * Plain data that imports nothing: a wizard given no catalog loads it on demand and parses it; `built-in-catalog.ts`
 * has it parsed.
 */
import type { CatalogInput, LocalizedText, ServiceKind } from '../schema/catalog.js';

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

function service(id: string, kind: ServiceKind, name: LocalizedText, description: LocalizedText, versions: string[], prices: PriceList) {
  return { id, kind, name, description, versions, nodeTypes: NODE_TYPES, sizes: sizes(prices) };
}

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
