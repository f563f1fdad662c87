import { expect } from '@open-wc/testing';
import { builtInCatalog } from '../../src/catalogs/built-in-catalog.js';
import { formatMinorUnits, priceOrder, toMinorUnits, type OrderPrice } from '../../src/core/pricing.js';
import { formatCatalogIssues } from '../../src/i18n/describe-issue.js';
import { parseCatalog, type Catalog } from '../../src/schema/catalog.js';
import type { OrderInput } from '../../src/schema/order.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = any;

/** One service `svc` with a base fee of 0.20, a size at 0.10 and storage at 0.10 per GB from 1 GB. */
function tinyCatalog(change: (input: Raw) => void = () => {}): Catalog {
  const input: Raw = {
    currency: 'EUR',
    storage: { minGb: 1, maxGb: 1_000_000, stepGb: 1, pricePerGbMonth: '0.10' },
    services: [
      {
        id: 'svc',
        kind: 'database',
        name: 'Tiny DB',
        versions: ['1'],
        monthlyBaseFee: '0.20',
        nodeTypes: [{ id: 'std', label: 'Standard' }],
        sizes: [
          { id: 'xs', nodeType: 'std', vcpu: 1, ramGiB: 1, monthlyPrice: '0.10' },
          { id: 'max', nodeType: 'std', vcpu: 1, ramGiB: 1, monthlyPrice: '999999.99' },
        ],
      },
    ],
    regions: [{ id: 'r', label: 'R', offers: [{ service: 'svc' }] }],
  };
  change(input);
  const result = parseCatalog(input);
  if (!result.ok) throw new Error(formatCatalogIssues(result.issues));
  return result.catalog;
}

const summary = (price: OrderPrice) => ({
  items: price.items.map((item) => [item.id, item.quantity, item.unitPrice, item.amount]),
  total: price.total,
});

describe('priceOrder: the built-in catalog', () => {
  const rows: [string, Record<string, unknown>, (string | number)[][], string][] = [
    ['an empty draft', {}, [], '0.00'],
    ['a service only', { serviceId: 'keycloak' }, [], '0.00'],
    ['Keycloak M', { serviceId: 'keycloak', sizeId: 'gp-m' }, [['node', 1, '149.00', '149.00']], '149.00'],
    [
      'Keycloak M with 100 GB',
      { serviceId: 'keycloak', sizeId: 'gp-m', storageGb: 100 },
      [['node', 1, '149.00', '149.00'], ['storage', 100, '0.12', '12.00']],
      '161.00',
    ],
    [
      'PostgreSQL S with 50 GB',
      { serviceId: 'postgresql', sizeId: 'gp-s', storageGb: 50 },
      [['node', 1, '74.90', '74.90'], ['storage', 50, '0.12', '6.00']],
      '80.90',
    ],
    [
      'MariaDB memory L with 2000 GB',
      { serviceId: 'mariadb', sizeId: 'mo-l', storageGb: 2000 },
      [['node', 1, '389.90', '389.90'], ['storage', 2000, '0.12', '240.00']],
      '629.90',
    ],
    [
      "Harbor S with 1,000 GB at Harbor's own rate",
      { serviceId: 'harbor', sizeId: 'gp-s', storageGb: 1000 },
      [['node', 1, '99.00', '99.00'], ['storage', 1000, '0.06', '60.00']],
      '159.00',
    ],
    // Floats miss a cent in each of these (see 'exact arithmetic'): 0.12 × 60 is 7.199999999999999, 0.06 × 60 is
    // 3.5999999999999996, 279.90 + 7.20 is 287.09999999999997, 389.90 + 14.40 is 404.29999999999995.
    [
      'PostgreSQL S with 60 GB',
      { serviceId: 'postgresql', sizeId: 'gp-s', storageGb: 60 },
      [['node', 1, '74.90', '74.90'], ['storage', 60, '0.12', '7.20']],
      '82.10',
    ],
    [
      'Harbor S with 60 GB',
      { serviceId: 'harbor', sizeId: 'gp-s', storageGb: 60 },
      [['node', 1, '99.00', '99.00'], ['storage', 60, '0.06', '3.60']],
      '102.60',
    ],
    [
      'PostgreSQL L with 60 GB',
      { serviceId: 'postgresql', sizeId: 'gp-l', storageGb: 60 },
      [['node', 1, '279.90', '279.90'], ['storage', 60, '0.12', '7.20']],
      '287.10',
    ],
    [
      'MariaDB memory L with 120 GB',
      { serviceId: 'mariadb', sizeId: 'mo-l', storageGb: 120 },
      [['node', 1, '389.90', '389.90'], ['storage', 120, '0.12', '14.40']],
      '404.30',
    ],
    ['storage without a service', { storageGb: 100 }, [], '0.00'],
    ['storage below the minimum', { serviceId: 'mysql', sizeId: 'gp-s', storageGb: 40 }, [['node', 1, '69.90', '69.90']], '69.90'],
    ['storage above the maximum', { serviceId: 'mysql', storageGb: 2010 }, [], '0.00'],
    ['storage off the step (still priced while typing)', { serviceId: 'mysql', storageGb: 55 }, [['storage', 55, '0.12', '6.60']], '6.60'],
    ['storage as text', { serviceId: 'mysql', storageGb: '100' }, [], '0.00'],
    ['storage fractional', { serviceId: 'mysql', storageGb: 50.5 }, [], '0.00'],
    ['storage NaN', { serviceId: 'mysql', storageGb: NaN }, [], '0.00'],
    ['an unknown service', { serviceId: 'oracle', sizeId: 'gp-s', storageGb: 100 }, [], '0.00'],
    ["a size of no service's", { serviceId: 'mysql', sizeId: 'gp-xxl' }, [], '0.00'],
  ];
  for (const [name, draft, items, total] of rows) {
    it(`${name} → ${total}`, () => {
      const price = priceOrder(builtInCatalog, draft);
      expect(summary(price)).to.deep.equal({ items, total });
      expect(price.currency).to.equal('EUR');
      expect(price.minorDigits).to.equal(2);
    });
  }

  it('gives minor units and labels alongside', () => {
    const price = priceOrder(builtInCatalog, { serviceId: 'postgresql', sizeId: 'gp-l', storageGb: 120 });
    expect(price.items).to.deep.equal([
      { id: 'node', label: 'L', quantity: 1, unitPrice: '279.90', unitPriceMinor: 27990, amount: '279.90', amountMinor: 27990 },
      { id: 'storage', label: 'Storage', quantity: 120, unitPrice: '0.12', unitPriceMinor: 12, amount: '14.40', amountMinor: 1440 },
    ]);
    expect(price.totalMinor).to.equal(29430);
    expect(price.total).to.equal('294.30');
  });

  it('accepts a whole order draft (other fields are ignored)', () => {
    const draft: Partial<OrderInput> = { serviceId: 'keycloak', sizeId: 'gp-s', storageGb: 50, regionId: 'de-west-1', trustedSources: [] };
    const price = priceOrder(builtInCatalog, draft);
    expect(price.total).to.equal('85.00');
  });
});

describe('priceOrder: exact arithmetic', () => {
  it('adds 0.10 and 0.20 to 0.30', () => {
    expect(0.1 + 0.2).not.to.equal(0.3); // what floats would show
    const price = priceOrder(tinyCatalog(), { serviceId: 'svc', sizeId: 'xs' });
    expect(summary(price)).to.deep.equal({ items: [['base', 1, '0.20', '0.20'], ['node', 1, '0.10', '0.10']], total: '0.30' });
    expect(price.totalMinor).to.equal(30);
  });

  it('multiplies 0.10 by 3 GB to 0.30 and adds it up to 0.60', () => {
    expect(0.1 * 3).not.to.equal(0.3);
    const price = priceOrder(tinyCatalog(), { serviceId: 'svc', sizeId: 'xs', storageGb: 3 });
    expect(summary(price)).to.deep.equal({
      items: [['base', 1, '0.20', '0.20'], ['node', 1, '0.10', '0.10'], ['storage', 3, '0.10', '0.30']],
      total: '0.60',
    });
  });

  // Unit price × GB where floats miss a cent: Number('0.12') * 60 is 7.199999999999999, which a float engine shows as
  // is, or truncates to 7.19; each row first checks that floats do get it wrong.
  const products: [string, number, string, number][] = [
    ['0.12', 60, '7.20', 720],
    ['0.12', 120, '14.40', 1440],
    ['0.06', 60, '3.60', 360],
    ['0.29', 100, '29.00', 2900],
    ['0.57', 700, '399.00', 39900],
    ['1.15', 55, '63.25', 6325],
  ];
  for (const [unitPrice, gb, amount, amountMinor] of products) {
    it(`multiplies ${unitPrice} by ${gb} GB to ${amount}`, () => {
      const float = Number(unitPrice) * gb;
      expect([float === Number(amount), Math.trunc(float * 100) === amountMinor]).to.deep.equal([false, false]);
      const catalog = tinyCatalog((input) => (input.storage.pricePerGbMonth = unitPrice));
      const storage = priceOrder(catalog, { serviceId: 'svc', storageGb: gb }).items.find((item) => item.id === 'storage');
      expect([storage?.amount, storage?.amountMinor]).to.deep.equal([amount, amountMinor]);
    });
  }

  // Sums where floats miss a cent: a base fee, a size and storage (0.01 per GB) adding up to a total floats get wrong.
  const sums: [string, string, number, string][] = [
    ['0.70', '0.20', 20, '1.10'],
    ['4.35', '0.10', 60, '5.05'],
    ['0.10', '99.00', 60, '99.70'],
    ['0.20', '144.90', 70, '145.80'],
    ['0.20', '279.90', 720, '287.30'],
    ['0.20', '549.90', 20, '550.30'],
  ];
  for (const [baseFee, sizePrice, gb, total] of sums) {
    it(`adds ${baseFee} + ${sizePrice} + ${gb} × 0.01 to ${total}`, () => {
      expect(Number(baseFee) + Number(sizePrice) + gb * 0.01).not.to.equal(Number(total)); // what floats would show
      const catalog = tinyCatalog((input) => {
        input.storage.pricePerGbMonth = '0.01';
        input.services[0].monthlyBaseFee = baseFee;
        input.services[0].sizes[0].monthlyPrice = sizePrice;
      });
      const price = priceOrder(catalog, { serviceId: 'svc', sizeId: 'xs', storageGb: gb });
      expect(price.total).to.equal(total);
    });
  }

  it('stays exact at the largest amounts a catalog allows', () => {
    const catalog = tinyCatalog((input) => {
      input.currency = 'BHD';
      input.storage.pricePerGbMonth = '999999.999';
      input.services[0].monthlyBaseFee = '999999.999';
      input.services[0].sizes[1].monthlyPrice = '999999.999';
    });
    const price = priceOrder(catalog, { serviceId: 'svc', sizeId: 'max', storageGb: 1_000_000 });
    expect(price.minorDigits).to.equal(3);
    expect(summary(price)).to.deep.equal({
      items: [['base', 1, '999999.999', '999999.999'], ['node', 1, '999999.999', '999999.999'], ['storage', 1_000_000, '999999.999', '999999999000.000']],
      total: '1000001998999.998',
    });
    expect(Number.isSafeInteger(price.totalMinor)).to.equal(true);
  });

  it('shows whole yen', () => {
    const catalog = tinyCatalog((input) => {
      input.currency = 'JPY';
      input.storage.pricePerGbMonth = '15';
      input.services[0].monthlyBaseFee = '1200';
      input.services[0].sizes[0].monthlyPrice = '8000';
      input.services[0].sizes[1].monthlyPrice = '9000';
    });
    expect(summary(priceOrder(catalog, { serviceId: 'svc', sizeId: 'xs', storageGb: 100 }))).to.deep.equal({
      items: [['base', 1, '1200', '1200'], ['node', 1, '8000', '8000'], ['storage', 100, '15', '1500']],
      total: '10700',
    });
  });

  it('normalises catalog prices to the currency digits ("12.5" → "12.50")', () => {
    const catalog = tinyCatalog((input) => (input.services[0].sizes[0].monthlyPrice = '12.5'));
    expect(priceOrder(catalog, { serviceId: 'svc', sizeId: 'xs' }).items[1]!.unitPrice).to.equal('12.50');
  });
});

describe('minor units', () => {
  const toMinor: [string, number, number | undefined][] = [
    ['12.50', 2, 1250],
    ['12.5', 2, 1250],
    ['12', 2, 1200],
    ['0.10', 2, 10],
    ['0', 2, 0],
    ['1.250', 3, 1250],
    ['1500', 0, 1500],
    ['12.505', 2, undefined],
    ['1.5', 0, undefined],
    ['-1', 2, undefined],
    ['1e3', 2, undefined],
    ['', 2, undefined],
    ['NaN', 2, undefined],
    ['12,50', 2, undefined],
    // Floats miss these: Number('0.29') * 100 is 28.999999999999996, Number('279.90') * 100 is 27989.999999999996.
    ['0.29', 2, 29],
    ['1.15', 2, 115],
    ['4.35', 2, 435],
    ['279.90', 2, 27990],
    ['19.99', 2, 1999],
  ];
  for (const [decimal, digits, minor] of toMinor) {
    it(`toMinorUnits(${JSON.stringify(decimal)}, ${digits}) → ${minor}`, () => {
      expect(toMinorUnits(decimal, digits)).to.equal(minor);
    });
  }

  const format: [number, number, string][] = [
    [1250, 2, '12.50'],
    [5, 2, '0.05'],
    [0, 2, '0.00'],
    [-5, 2, '-0.05'],
    [1250, 3, '1.250'],
    [1500, 0, '1500'],
    [100000000000000, 2, '1000000000000.00'],
  ];
  for (const [minor, digits, text] of format) {
    it(`formatMinorUnits(${minor}, ${digits}) → ${text}`, () => {
      expect(formatMinorUnits(minor, digits)).to.equal(text);
    });
  }
});
