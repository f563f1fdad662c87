import { expect } from '@open-wc/testing';
import { builtInCatalog } from '../../src/catalogs/built-in-catalog.js';
import { catalogInLocale, defaultText, localizedText } from '../../src/core/localized-text.js';
import { priceOrder } from '../../src/core/pricing.js';
import type { Catalog, LocalizedText } from '../../src/schema/catalog.js';

describe('localizedText', () => {
  const MAP = { en: 'Terms', de: 'AGB', 'de-AT': 'AGB (Österreich)', 'zh-Hant': '條款' };
  const rows: [string, LocalizedText, string, string, string][] = [
    ['a plain string in any locale', 'Terms', 'de', 'en', 'Terms'],
    ['the exact tag', MAP, 'de-AT', 'en', 'AGB (Österreich)'],
    ['the exact tag, written in lower case', MAP, 'de-at', 'en', 'AGB (Österreich)'],
    ['the language of a tag the map lacks', MAP, 'de-CH', 'en', 'AGB'],
    ['the language itself', MAP, 'de', 'en', 'AGB'],
    ['a script tag', MAP, 'zh-Hant', 'en', '條款'],
    ['the default for a language the map lacks', MAP, 'fr', 'en', 'Terms'],
    ['another default', MAP, 'fr', 'de', 'AGB'],
    ['the default for no lang', MAP, '', 'en', 'Terms'],
    ['the default for a malformed lang', MAP, 'de_AT', 'en', 'Terms'],
    ['the first text of a map without the default (not parsed)', { de: 'AGB', fr: 'CGV' }, 'it', 'en', 'AGB'],
    ['an empty string for an empty map (not parsed)', {}, 'de', 'en', ''],
    ['never an inherited key', { en: 'Terms' }, 'constructor', 'toString', 'Terms'],
  ];
  for (const [name, value, locale, defaultLocale, expected] of rows) {
    it(`${name}: ${JSON.stringify(locale)} → ${JSON.stringify(expected)}`, () => {
      expect(localizedText(value, locale, defaultLocale)).to.equal(expected);
    });
  }
});

describe('catalogInLocale', () => {
  it('picks every customer-facing text and keeps ids, prices and rules', () => {
    const german = catalogInLocale(builtInCatalog, 'de');
    expect(german.regions.map((region) => region.label)).to.deep.equal(['Deutschland West (Köln)', 'Deutschland Nord (Hamburg)']);
    expect(german.services.map((service) => service.name)).to.deep.equal([
      'Keycloak as a Service', 'MariaDB', 'PostgreSQL', 'MySQL', 'Private Harbor-Registry',
    ]);
    expect(german.services[0]!.nodeTypes.map((type) => type.label)).to.deep.equal(['Allzweck', 'Speicheroptimiert']);
    expect(german.documents[0]).to.include({ title: 'Allgemeine Geschäftsbedingungen', url: 'https://example.com/legal/de/agb-v3.pdf', version: '3' });
    const rest = (catalog: Catalog) => [catalog.services.map((s) => [s.id, s.sizes, s.versions]), catalog.storage, catalog.currency];
    expect(rest(german)).to.deep.equal(rest(builtInCatalog));
  });

  it('leaves every text plain and every absent text absent', () => {
    const input = structuredClone(builtInCatalog);
    delete input.services[0]!.description;
    const english = catalogInLocale(input, 'en');
    expect(Object.hasOwn(english.services[0]!, 'description')).to.equal(false);
    const texts: unknown[] = [];
    for (const service of english.services) {
      texts.push(service.name, service.description);
      for (const type of service.nodeTypes) texts.push(type.label, type.description);
      for (const size of service.sizes) texts.push(size.label);
    }
    for (const region of english.regions) texts.push(region.label, ...region.availabilityZones.map((zone) => zone.label));
    for (const doc of english.documents) texts.push(doc.title, doc.url);
    expect(texts.filter((value) => value !== undefined && typeof value !== 'string')).to.deep.equal([]);
  });

  it('gives the same object for the same catalog and locale, so a re-render passes unchanged parts on', () => {
    expect(catalogInLocale(builtInCatalog, 'de-AT')).to.equal(catalogInLocale(builtInCatalog, 'de-AT'));
    expect(catalogInLocale(builtInCatalog, 'de')).not.to.equal(catalogInLocale(builtInCatalog, 'en'));
  });

  it('prices with the texts of its locale; the catalog itself names in its default locale', () => {
    const catalog = structuredClone(builtInCatalog);
    catalog.services[4]!.monthlyBaseFee = '10.00';
    const labels = (shown: Catalog) => priceOrder(shown, { serviceId: 'harbor', sizeId: 'gp-s' }).items.map((item) => item.label);
    expect(labels(catalogInLocale(catalog, 'de'))).to.deep.equal(['Private Harbor-Registry', 'S']);
    expect(labels(catalog)).to.deep.equal(['Harbor Private Registry', 'S']);
    expect(defaultText(builtInCatalog, builtInCatalog.services[4]!.name)).to.equal('Harbor Private Registry');
    expect(defaultText({ defaultLocale: 'de' }, builtInCatalog.services[4]!.name)).to.equal('Private Harbor-Registry');
  });
});
