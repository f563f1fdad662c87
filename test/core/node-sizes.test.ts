import { expect } from '@open-wc/testing';
import {
  compareDecimals, findSize, nodeTypeToShow, nodeTypesToShow, parseJsonList, sizeProblem, sizesOfType, sizeUnavailableReason, usableSizes,
} from '../../src/core/node-sizes.js';
import type { InLocale } from '../../src/core/localized-text.js';
import type { NodeSize as CatalogNodeSize, NodeType as CatalogNodeType } from '../../src/schema/catalog.js';

type NodeSize = InLocale<CatalogNodeSize>;
type NodeType = InLocale<CatalogNodeType>;

const TYPES: NodeType[] = [
  { id: 'general-purpose', label: 'General purpose', description: 'Balanced.' },
  { id: 'memory-optimised', label: 'Memory optimised' },
  { id: 'unused', label: 'Has no sizes' },
];

// Deliberately out of price order, with a tie on price.
const SIZES: NodeSize[] = [
  { id: 'gp-l', nodeType: 'general-purpose', label: 'L', vcpu: 8, ramGiB: 16, monthlyPrice: '289.00' },
  { id: 'gp-s', nodeType: 'general-purpose', label: 'S', vcpu: 2, ramGiB: 4, monthlyPrice: '79' },
  { id: 'gp-xl', nodeType: 'general-purpose', label: 'XL', vcpu: 16, ramGiB: 32, monthlyPrice: '1000.5', regions: ['de-west-1'] },
  { id: 'gp-m', nodeType: 'general-purpose', label: 'M', vcpu: 4, ramGiB: 8, monthlyPrice: '149.00' },
  { id: 'gp-m2', nodeType: 'general-purpose', label: 'M2', vcpu: 2, ramGiB: 8, monthlyPrice: '149.0' },
  { id: 'mo-m', nodeType: 'memory-optimised', label: 'M', vcpu: 4, ramGiB: 32, monthlyPrice: '219.00' },
  { id: 'x-1', nodeType: 'not-listed', vcpu: 1, ramGiB: 1, monthlyPrice: '1.00' },
];

describe('core/node-sizes', () => {
  describe('compareDecimals', () => {
    const rows: [string, string, number][] = [
      ['1', '1', 0],
      ['1.0', '1', 0],
      ['1.50', '1.5', 0],
      ['007.1', '7.10', 0],
      ['9.99', '10', -1],
      ['10', '9.99', 1],
      ['134.9', '89.00', 1],
      ['0.10', '0.2', -1],
      ['999999.999', '1000000', -1],
      ['12345678901234567890.01', '12345678901234567890.001', 1],
      ['abc', '1', 1],
      ['1', '1e3', -1],
      ['-1', '1', 1],
      ['', '', 0],
    ];
    for (const [a, b, sign] of rows) {
      it(`"${a}" vs "${b}" → ${sign}`, () => {
        expect(Math.sign(compareDecimals(a, b))).to.equal(sign);
      });
    }
  });

  describe('usableSizes', () => {
    const rows: [string, unknown, string[]][] = [
      ['a list of sizes', SIZES.slice(0, 2), ['gp-l', 'gp-s']],
      ['not a list', { id: 'gp-s' }, []],
      ['null', null, []],
      ['entries without id or nodeType', [null, 'gp-s', { id: 'a' }, { nodeType: 'x' }, { id: 1, nodeType: 'x' }], []],
      ['good and bad mixed', [null, SIZES[1]], ['gp-s']],
    ];
    for (const [name, input, ids] of rows) {
      it(name, () => expect(usableSizes(input).map((size) => size.id)).to.deep.equal(ids));
    }
  });

  describe('nodeTypesToShow', () => {
    const rows: [string, unknown, unknown, string[]][] = [
      ['listed types with sizes, in the host order, then unlisted ones', TYPES, SIZES, ['general-purpose', 'memory-optimised', 'not-listed']],
      ['a type without sizes is left out', TYPES, SIZES.slice(0, 1), ['general-purpose']],
      ['no sizes, no types', TYPES, [], []],
      ['types not a list: taken from the sizes', undefined, SIZES.slice(5, 6), ['memory-optimised']],
      ['malformed types are skipped', [null, 'general-purpose', { label: 'x' }], SIZES.slice(0, 1), ['general-purpose']],
    ];
    for (const [name, types, sizes, ids] of rows) {
      it(name, () => expect(nodeTypesToShow(types, sizes).map((type) => type.id)).to.deep.equal(ids));
    }

    it('labels an unlisted type by its id', () => {
      expect(nodeTypesToShow([], SIZES.slice(6))).to.deep.equal([{ id: 'not-listed', label: 'not-listed' }]);
    });
  });

  describe('sizesOfType', () => {
    const rows: [string, string | undefined, string[]][] = [
      ['cheapest first; on equal price fewer vCPU first', 'general-purpose', ['gp-s', 'gp-m2', 'gp-m', 'gp-l', 'gp-xl']],
      ['another type', 'memory-optimised', ['mo-m']],
      ['an unknown type', 'nope', []],
      ['no type', undefined, []],
    ];
    for (const [name, type, ids] of rows) {
      it(name, () => expect(sizesOfType(SIZES, type).map((size) => size.id)).to.deep.equal(ids));
    }

    it('does not reorder the host list', () => {
      const copy = [...SIZES];
      sizesOfType(copy, 'general-purpose');
      expect(copy).to.deep.equal(SIZES);
    });
  });

  describe('findSize', () => {
    const rows: [string | null | undefined, string | undefined][] = [
      ['gp-m', 'gp-m'],
      ['GP-M', undefined],
      ['', undefined],
      [null, undefined],
      [undefined, undefined],
    ];
    for (const [id, found] of rows) {
      it(`${JSON.stringify(id)} → ${String(found)}`, () => expect(findSize(SIZES, id)?.id).to.equal(found));
    }
  });

  describe('sizeUnavailableReason', () => {
    const xl = SIZES[2]!;
    const rows: [string, NodeSize, string | null | undefined, string | undefined][] = [
      ['no regions list: available anywhere', SIZES[0]!, 'de-north-1', undefined],
      ['listed region', xl, 'de-west-1', undefined],
      ['region not listed', xl, 'de-north-1', 'not-in-region'],
      ['no region chosen', xl, '', undefined],
      ['null region', xl, null, undefined],
    ];
    for (const [name, size, region, reason] of rows) {
      it(name, () => expect(sizeUnavailableReason(size, region)).to.equal(reason));
    }
  });

  describe('nodeTypeToShow', () => {
    const rows: [string, string, string | undefined, string | undefined][] = [
      ['no value, no preference: the first type', '', undefined, 'general-purpose'],
      ["the value's type", 'mo-m', undefined, 'memory-optimised'],
      ["the value's type wins over the preference", 'mo-m', 'general-purpose', 'memory-optimised'],
      ['the preference when there is no value', '', 'memory-optimised', 'memory-optimised'],
      ['the preference when the value is unknown', 'gone', 'memory-optimised', 'memory-optimised'],
      ['a preference that is not shown is ignored', '', 'unused', 'general-purpose'],
    ];
    for (const [name, value, preferred, type] of rows) {
      it(name, () => expect(nodeTypeToShow(TYPES, SIZES, value, preferred)).to.equal(type));
    }

    it('is undefined when there are no sizes', () => {
      expect(nodeTypeToShow(TYPES, [], 'gp-s')).to.equal(undefined);
    });
  });

  describe('sizeProblem', () => {
    const rows: [string, string, string, boolean, string | undefined][] = [
      ['empty, optional', '', '', false, undefined],
      ['empty, required', '', '', true, 'value-missing'],
      ['unknown size, required', 'gone', '', true, 'value-missing'],
      ['unknown size, optional', 'gone', '', false, undefined],
      ['a size, no region', 'gp-xl', '', true, undefined],
      ['a size offered in the region', 'gp-xl', 'de-west-1', true, undefined],
      ['a size not offered in the region', 'gp-xl', 'de-north-1', false, 'not-in-region'],
    ];
    for (const [name, value, region, required, problem] of rows) {
      it(name, () => expect(sizeProblem(SIZES, value, region, required)).to.equal(problem));
    }
  });

  describe('parseJsonList', () => {
    const rows: [string | null, unknown[]][] = [
      ['[{"id":"gp-s"}]', [{ id: 'gp-s' }]],
      ['[]', []],
      [null, []],
      ['', []],
      ['{not json', []],
      ['{"id":"gp-s"}', []],
      ['"gp-s"', []],
      ['null', []],
    ];
    for (const [text, list] of rows) {
      it(`${JSON.stringify(text)} → ${JSON.stringify(list)}`, () => expect(parseJsonList(text)).to.deep.equal(list));
    }
  });
});
