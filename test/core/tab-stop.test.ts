import { expect } from '@open-wc/testing';
import { tabStop } from '../../src/core/tab-stop.js';

const ids = ['a', 'b', 'c', 'd'];
const disabled = (...off: string[]) => (id: string) => off.includes(id);

describe('tabStop', () => {
  const rows: Array<{ name: string; active: string; off: string[]; stop: string | undefined }> = [
    { name: 'the active item', active: 'c', off: [], stop: 'c' },
    { name: 'the first item when none is active', active: '', off: [], stop: 'a' },
    { name: 'the first item when the active one is not among them', active: 'x', off: [], stop: 'a' },
    { name: 'the first enabled item when the first is disabled', active: '', off: ['a', 'b'], stop: 'c' },
    { name: 'the first enabled item when the active one is disabled', active: 'b', off: ['a', 'b'], stop: 'c' },
    { name: 'the active item when an earlier one is disabled', active: 'd', off: ['a'], stop: 'd' },
    { name: 'none when every item is disabled', active: 'b', off: ids, stop: undefined },
  ];
  for (const row of rows) {
    it(`gives the tab stop to ${row.name}`, () => {
      expect(tabStop(ids, (id) => id === row.active, disabled(...row.off))).to.equal(row.stop);
    });
  }

  it('has no stop in an empty group, and treats every item as enabled unless told', () => {
    expect(tabStop([], () => true)).to.equal(undefined);
    expect(tabStop(ids, (id) => id === 'b')).to.equal('b');
  });
});
