/**
 * EXAMPLE DATA. The built-in catalog for the demo, stories and tests: Keycloak as a Service, three databases (MariaDB,
 * PostgreSQL, MySQL), a Harbor private registry, two German regions. Prices, versions and documents are made up;
 * document links point at example.com placeholders. Integrators pass their own catalog.
 *
 * The largest general-purpose size (`gp-xl`) is offered in Cologne only, and Hamburg offers Harbor without the
 * memory-optimised sizes, so the UI has a "not offered in this region" case to show.
 */
import { formatCatalogIssues } from '../i18n/describe-issue.js';
import { parseCatalog, type Catalog, type CatalogInput, type ServiceKind } from '../schema/catalog.js';

const NODE_TYPES = [
  { id: 'general-purpose', label: 'General purpose', description: 'Balanced vCPU and memory for most workloads.' },
  { id: 'memory-optimised', label: 'Memory optimised', description: '8 GiB of memory per vCPU for large caches and data sets.' },
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

function service(id: string, kind: ServiceKind, name: string, description: string, versions: string[], prices: PriceList) {
  return { id, kind, name, description, versions, nodeTypes: NODE_TYPES, sizes: sizes(prices) };
}

const SERVICE_IDS = ['keycloak', 'mariadb', 'postgresql', 'mysql', 'harbor'];

export const builtInCatalogInput: CatalogInput = {
  schemaVersion: 1,
  currency: 'EUR',
  storage: { minGb: 50, maxGb: 2000, stepGb: 10, pricePerGbMonth: '0.12' },
  trustedSources: { maxEntries: 100, allowIpv6: true, allowAnyAddress: false },
  services: [
    service(
      'keycloak', 'iam', 'Keycloak as a Service', 'Managed Keycloak for single sign-on and identity management.',
      ['26', '25'], ['79.00', '149.00', '289.00', '559.00', '219.00', '419.00'],
    ),
    service(
      'mariadb', 'database', 'MariaDB', 'Managed MariaDB database with daily backups.',
      ['11.8', '11.4', '10.11', '10.6'], ['69.90', '134.90', '259.90', '509.90', '199.90', '389.90'],
    ),
    service(
      'postgresql', 'database', 'PostgreSQL', 'Managed PostgreSQL database with daily backups and point-in-time recovery.',
      ['17', '16', '15', '14'], ['74.90', '144.90', '279.90', '549.90', '209.90', '399.90'],
    ),
    service(
      'mysql', 'database', 'MySQL', 'Managed MySQL database with daily backups.',
      ['8.4', '8.0'], ['69.90', '134.90', '259.90', '509.90', '199.90', '389.90'],
    ),
    {
      ...service(
        'harbor', 'registry', 'Harbor Private Registry', 'Managed Harbor registry for container images and Helm charts.',
        ['2.13', '2.12'], ['99.00', '179.00', '339.00', '649.00', '259.00', '489.00'],
      ),
      // Registries hold images: more room, coarser steps, a lower rate per GB.
      storage: { maxGb: 10000, stepGb: 50, pricePerGbMonth: '0.06' },
    },
  ],
  regions: [
    {
      id: 'de-west-1',
      label: 'Germany West (Cologne)',
      availabilityZones: [
        { id: 'de-west-1a', label: 'Zone A' },
        { id: 'de-west-1b', label: 'Zone B' },
        { id: 'de-west-1c', label: 'Zone C' },
      ],
      offers: SERVICE_IDS.map((id) => ({ service: id })),
    },
    {
      id: 'de-north-1',
      label: 'Germany North (Hamburg)',
      availabilityZones: [
        { id: 'de-north-1a', label: 'Zone A' },
        { id: 'de-north-1b', label: 'Zone B' },
      ],
      offers: SERVICE_IDS.map((id) => (id === 'harbor' ? { service: id, sizes: ['gp-s', 'gp-m', 'gp-l'] } : { service: id })),
    },
  ],
  documents: [
    { id: 'terms', title: 'General Terms and Conditions', url: 'https://example.com/legal/terms-v3.pdf', version: '3' },
    { id: 'dpa', title: 'Data Processing Agreement', url: 'https://example.com/legal/dpa-v2.1.pdf', version: '2.1' },
    {
      id: 'service-description-iam',
      title: 'Service Description Keycloak as a Service',
      url: 'https://example.com/legal/service-description-keycloak-v1.4.pdf',
      version: '1.4',
      kinds: ['iam'],
    },
    {
      id: 'service-description-database',
      title: 'Service Description Databases',
      url: 'https://example.com/legal/service-description-databases-v2.0.pdf',
      version: '2.0',
      kinds: ['database'],
    },
    {
      id: 'service-description-registry',
      title: 'Service Description Private Registry (Harbor)',
      url: 'https://example.com/legal/service-description-registry-v1.2.pdf',
      version: '1.2',
      kinds: ['registry'],
    },
  ],
};

function parseBuiltIn(): Catalog {
  const result = parseCatalog(builtInCatalogInput);
  if (!result.ok) throw new Error(`The built-in catalog is broken.\n${formatCatalogIssues(result.issues)}`);
  return result.catalog;
}

/** The example catalog, parsed (defaults filled in). */
export const builtInCatalog: Catalog = parseBuiltIn();
