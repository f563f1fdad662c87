// Catalogs and drafts shared by the tests of the wizard's core modules (draft, persistence, steps, order validation).
import { builtInCatalog, builtInCatalogInput } from '../../src/catalogs/built-in-catalog.js';
import { emptyDraft, type OrderDraft } from '../../src/core/wizard-draft.js';
import { formatCatalogIssues } from '../../src/i18n/describe-issue.js';
import {
  documentsFor, isSizeOffered, parseCatalog, storageRulesFor, type Catalog, type Service,
} from '../../src/schema/catalog.js';

// Catalogs are changed freely here, as an integrator's JSON would be.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = any;

export const ACCEPTED_AT = '2026-11-21T09:30:00Z';
export const KEY = '0b6f2c3e-8d1a-4f5b-9c7e-2a4d6e8f0a1b';

/** A catalog like the built-in one with changes, parsed. */
export function catalogWith(change: (input: Raw) => void): Catalog {
  const input: Raw = structuredClone(builtInCatalogInput);
  change(input);
  const result = parseCatalog(input);
  if (!result.ok) throw new Error(formatCatalogIssues(result.issues));
  return result.catalog;
}

export const service = (id: string): Service => builtInCatalog.services.find((candidate) => candidate.id === id)!;

/** A complete draft for a service: first version, first size offered in the first region offering it, typed as a user would. */
export function completeDraft(catalog: Catalog, of: Service): OrderDraft {
  const region = catalog.regions.find((candidate) => of.sizes.some((size) => isSizeOffered(of, size, candidate)))!;
  const size = of.sizes.find((candidate) => isSizeOffered(of, candidate, region))!;
  return {
    ...emptyDraft(),
    serviceId: of.id,
    version: of.versions[0],
    nodeTypeId: size.nodeType,
    sizeId: size.id,
    storageGb: String(storageRulesFor(catalog, of).minGb),
    trustedSources: [{ address: ' 123.123.123.123 ', label: 'office ' }, { address: '222.222.222.128/28' }],
    regionId: region.id,
    availabilityZoneId: region.availabilityZones[0]?.id,
    billing: {
      mode: 'new',
      newProfile: {
        company: 'Example GmbH', contactName: 'Erika Mustermann', email: 'erika@example.com', street: 'Domstraße 1',
        postalCode: '50667', city: 'Köln', country: 'de', vatId: '',
      },
    },
    acceptedDocuments: Object.fromEntries(documentsFor(catalog, of).map((doc) => [doc.id, { version: doc.version, acceptedAt: ACCEPTED_AT }])),
  };
}

export const postgresDraft = () => completeDraft(builtInCatalog, service('postgresql'));
