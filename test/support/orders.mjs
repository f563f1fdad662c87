// A valid order of a built-in service, as a client's JSON would carry it: the first version, the first size offered in
// the first region offering the service, the seeds' two trusted sources, an existing invoice profile, every document
// accepted now. For the Node-side tests (built `order-widgets/schema`).
import { builtInCatalog, documentsFor, isSizeOffered } from 'order-widgets/schema';

export const ORDER_KEY = '0b6f2c3e-8d1a-4f5b-9c7e-2a4d6e8f0a1b';

/** @param {import('order-widgets/schema').Service} service @param {Record<string, unknown>} [changes] */
export function validOrderFor(service, changes = {}) {
  const region = builtInCatalog.regions.find((each) => service.sizes.some((size) => isSizeOffered(service, size, each)));
  if (!region) throw new Error(`${service.id} is offered in no region`);
  const size = service.sizes.find((each) => isSizeOffered(service, each, region));
  if (!size) throw new Error(`${service.id} has no size in ${region.id}`);
  return {
    idempotencyKey: ORDER_KEY,
    serviceId: service.id,
    version: service.versions[0],
    nodeTypeId: size.nodeType,
    sizeId: size.id,
    storageGb: 50,
    trustedSources: [{ cidr: '123.123.123.123/32' }, { cidr: '222.222.222.128/28' }],
    regionId: region.id,
    billingProfile: { id: 'bp-1' },
    acceptedDocuments: documentsFor(builtInCatalog, service).map((doc) => ({
      id: doc.id,
      version: doc.version,
      acceptedAt: new Date().toISOString(),
    })),
    ...changes,
  };
}
