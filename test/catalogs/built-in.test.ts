import { expect } from '@open-wc/testing';
import { builtInCatalog, builtInCatalogInput } from '../../src/catalogs/built-in-catalog.js';
import { builtInCatalogReady } from '../../src/catalogs/built-in.js';
import { documentsFor, findService, isSizeOffered, parseCatalog, regionsFor, storageRulesFor } from '../../src/schema/catalog.js';

describe('built-in catalog', () => {
  it('parses cleanly, without warnings, to the exported catalog', () => {
    const result = parseCatalog(builtInCatalogInput);
    expect(result.ok ? [] : result.issues).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([]);
    expect(result.ok && result.catalog).to.deep.equal(builtInCatalog);
  });

  // A wizard given no catalog uses builtInCatalogReady without parsing it: it must be what parsing makes of it, every
  // default written out. A default left out of built-in.ts fails here.
  it('is already in parsed form: parsing it changes nothing', () => {
    expect(builtInCatalogReady).to.equal(builtInCatalogInput);
    expect(builtInCatalogReady).to.deep.equal(builtInCatalog);
  });

  it('parses to itself again (a parsed catalog is valid input)', () => {
    const again = parseCatalog(structuredClone(builtInCatalog));
    expect(again.ok && again.catalog).to.deep.equal(builtInCatalog);
  });

  it('offers Keycloak, MariaDB, PostgreSQL, MySQL and Harbor with their kinds', () => {
    expect(builtInCatalog.services.map((service) => [service.id, service.kind])).to.deep.equal([
      ['keycloak', 'iam'],
      ['mariadb', 'database'],
      ['postgresql', 'database'],
      ['mysql', 'database'],
      ['harbor', 'registry'],
    ]);
  });

  it('prices in EUR with storage from 50 GB', () => {
    expect(builtInCatalog.currency).to.equal('EUR');
    expect(builtInCatalog.storage.minGb).to.equal(50);
    for (const service of builtInCatalog.services) expect(storageRulesFor(builtInCatalog, service).minGb, service.id).to.equal(50);
  });

  for (const service of builtInCatalog.services) {
    it(`${service.id}: versions, at least 2 node types and 4 sizes, every node type used`, () => {
      expect(service.versions.length).to.be.at.least(2);
      expect(service.nodeTypes.length).to.be.at.least(2);
      expect(service.sizes.length).to.be.at.least(4);
      for (const nodeType of service.nodeTypes) {
        expect(service.sizes.some((size) => size.nodeType === nodeType.id), nodeType.id).to.equal(true);
      }
      expect(regionsFor(builtInCatalog, service).map((region) => region.id)).to.deep.equal(['de-west-1', 'de-north-1']);
    });
  }

  it('has databases with several versions each', () => {
    const versions = Object.fromEntries(
      builtInCatalog.services.filter((service) => service.kind === 'database').map((service) => [service.id, service.versions.length]),
    );
    expect(versions).to.deep.equal({ mariadb: 4, postgresql: 4, mysql: 2 });
  });

  it('has two regions with availability zones', () => {
    expect(builtInCatalog.regions.map((region) => [region.id, region.label, region.availabilityZones.length])).to.deep.equal([
      ['de-west-1', { en: 'Germany West (Cologne)', de: 'Deutschland West (Köln)' }, 3],
      ['de-north-1', { en: 'Germany North (Hamburg)', de: 'Deutschland Nord (Hamburg)' }, 2],
    ]);
  });

  it('has sizes not offered in a region, for the UI to show', () => {
    const notOffered: string[] = [];
    for (const service of builtInCatalog.services) {
      for (const region of builtInCatalog.regions) {
        for (const size of service.sizes) {
          if (!isSizeOffered(service, size, region)) notOffered.push(`${service.id}/${size.id}@${region.id}`);
        }
      }
    }
    expect(notOffered).to.deep.equal([
      'keycloak/gp-xl@de-north-1',
      'mariadb/gp-xl@de-north-1',
      'postgresql/gp-xl@de-north-1',
      'mysql/gp-xl@de-north-1',
      'harbor/gp-xl@de-north-1',
      'harbor/mo-m@de-north-1',
      'harbor/mo-l@de-north-1',
    ]);
  });

  it('links its documents over https to example.com placeholders', () => {
    for (const doc of builtInCatalog.documents) {
      for (const link of typeof doc.url === 'string' ? [doc.url] : Object.values(doc.url)) {
        const url = new URL(link);
        expect([url.protocol, url.hostname], doc.id).to.deep.equal(['https:', 'example.com']);
      }
    }
  });

  it('asks for terms, data processing agreement and the service description of the kind', () => {
    const ids = (id: string) => documentsFor(builtInCatalog, findService(builtInCatalog, id)!).map((doc) => doc.id);
    expect(ids('keycloak')).to.deep.equal(['terms', 'dpa', 'service-description-iam']);
    expect(ids('postgresql')).to.deep.equal(['terms', 'dpa', 'service-description-database']);
    expect(ids('harbor')).to.deep.equal(['terms', 'dpa', 'service-description-registry']);
  });
});
