import { expect } from '@open-wc/testing';
import {
  commitRowText,
  editorProblem,
  entryLimit,
  isPastedList,
  listTextRefusal,
  MAX_EDITOR_ROWS,
  MAX_LIST_TEXT_LENGTH,
  typedEntryRefusal,
  type EntryRefusalCode,
  type SkippedItem,
  editorValidity,
  entriesOf,
  entryKey,
  hasEntryErrors,
  needsWholeInternetConfirmation,
  pastedListItems,
  pastedTextAction,
  rowsAsJson,
  rowsFromJson,
  placeFindings,
  planMerge,
  sameEntries,
  sourcesOf,
  TrustedSourceRowList,
  type EditorRow,
  type PlacedFindings,
  type RowAdjustment,
} from '../../src/core/trusted-sources-editing.js';
import {
  checkTrustedSources, countTrustedSourceListItems, parseTrustedSource, parseTrustedSourceList,
} from '../../src/core/trusted-sources.js';
import type { TrustedSourceInput, TrustedSourceRules } from '../../src/core/trusted-sources.js';

describe('commitRowText', () => {
  // [typed, stored, adjustment]
  const rows: [string, string, RowAdjustment | undefined][] = [
    ['123.123.123.123/32', '123.123.123.123/32', undefined],
    ['222.222.222.128/28', '222.222.222.128/28', undefined],
    [' 8.8.8.8/32 ', '8.8.8.8/32', undefined],
    ['2001:0DB8:0:0::/48', '2001:db8::/48', undefined],
    ['10.0.0.1', '10.0.0.1/32', { code: 'bare-address', from: '10.0.0.1', to: '10.0.0.1/32' }],
    [' 222.222.222.130/28', '222.222.222.128/28', { code: 'host-bits', from: '222.222.222.130/28', to: '222.222.222.128/28' }],
    ['2001:db8::1', '2001:db8::1/128', { code: 'bare-address', from: '2001:db8::1', to: '2001:db8::1/128' }],
    // Not a source: kept exactly as typed, spaces included, so nothing the user typed is lost.
    [' 999.1.1.1/8 ', ' 999.1.1.1/8 ', undefined],
    ['1.2.3.04/32', '1.2.3.04/32', undefined],
    ['', '', undefined],
  ];
  for (const [typed, stored, adjustment] of rows) {
    it(`stores ${JSON.stringify(typed)} as ${JSON.stringify(stored)}${adjustment ? ` (${adjustment.code})` : ''}`, () => {
      const committed = commitRowText(typed);
      expect(committed.text).to.equal(stored);
      expect(committed.adjustment).to.deep.equal(adjustment);
    });
  }

  it('uses a given parse result instead of parsing again', () => {
    expect(commitRowText('10.0.0.1', parseTrustedSource('10.0.0.2')).text).to.equal('10.0.0.2/32');
  });
});

describe('entryKey', () => {
  const same: [string, string][] = [
    ['10.0.0.1', '10.0.0.1/32'],
    ['222.222.222.130/28', '222.222.222.128/28'],
    ['2001:0DB8::/48', '2001:db8::/48'],
    [' 999.1.1.1 ', '999.1.1.1'],
  ];
  for (const [a, b] of same) {
    it(`gives ${a} and ${b} the same key`, () => {
      expect(entryKey(parseTrustedSource(a))).to.equal(entryKey(parseTrustedSource(b)));
    });
  }
  const different: [string, string][] = [
    ['10.0.0.0/8', '10.0.0.0/16'],
    ['999.1.1.1', '999.1.1.2'],
    ['::/0', '0.0.0.0/0'],
  ];
  for (const [a, b] of different) {
    it(`tells ${a} and ${b} apart`, () => {
      expect(entryKey(parseTrustedSource(a))).not.to.equal(entryKey(parseTrustedSource(b)));
    });
  }
});

describe('planMerge', () => {
  const results = (texts: string[]) => texts.map((text) => parseTrustedSource(text));
  const megabyte = 'a'.repeat(1_000_000);
  // [existing rows, pasted text, added texts, skipped as "line: code, row N" or "line: code, line N"]
  const cases: [string, string[], string, string[], string[]][] = [
    ['adds new items in order', [], '10.0.0.1\n8.8.8.8/32', ['10.0.0.1', '8.8.8.8/32'], []],
    ['skips an item equal to a row, in another spelling', ['10.0.0.1/32'], '10.0.0.1', [], ['1: same-range, row 0']],
    ['skips an item the very same as a row', ['10.0.0.0/8'], '10.0.0.0/8', [], ['1: listed, row 0']],
    ['skips a range with host bits of a row', ['10.0.0.0/8'], '10.0.0.1/8', [], ['1: same-range, row 0']],
    ['skips an IPv6 range written otherwise', ['2001:db8::/32'], '2001:DB8:0::/32\n2001:db8:0:0:0:0:0:1/32', [], ['1: same-range, row 0', '2: same-range, row 0']],
    ['skips a repeated line, naming the first', [], '1.1.1.1\n2.2.2.2\n1.1.1.1/32\n2.2.2.2', ['1.1.1.1', '2.2.2.2'], ['3: same-range, line 1', '4: listed, line 2']],
    ['adds invalid items, so they stay visible', [], '999.1.1.1\n127.1', ['999.1.1.1', '127.1'], []],
    ['skips an invalid item already listed as typed', ['999.1.1.1'], '999.1.1.1', [], ['1: listed, row 0']],
    ['finds the first of duplicate rows', ['5.5.5.5', '1.1.1.1', '1.1.1.1/32'], '1.1.1.1', [], ['1: listed, row 1']],
    ['keeps host-bit variants of one range as one', [], '222.222.222.130/28 222.222.222.129/28', ['222.222.222.130/28'], ['1: same-range, line 1']],
    ['adds a range inside a row or around one (the list warns of the overlap)', ['10.0.0.0/8', '8.8.8.8/32'], '10.1.0.0/16\n8.8.8.0/24', ['10.1.0.0/16', '8.8.8.0/24'], []],
    ['skips an item too long to be an address, unread', [], `1.1.1.1\n${megabyte}\n${'1'.repeat(65)}`, ['1.1.1.1'], ['2: too-long', '3: too-long']],
  ];
  for (const [name, existing, text, added, skipped] of cases) {
    it(name, () => {
      const plan = planMerge(results(existing), parseTrustedSourceList(text));
      expect(plan.add.map((item) => item.text)).to.deep.equal(added);
      const where = (s: SkippedItem) => (s.row !== undefined ? `, row ${s.row}` : s.line !== undefined ? `, line ${s.line}` : '');
      expect(plan.skipped.map((s) => `${s.item.line}: ${s.code}${where(s)}`)).to.deep.equal(skipped);
    });
  }
});

describe('listTextRefusal', () => {
  // [length of the text, refused]: decided on the length alone, so a text of any size costs nothing to refuse.
  const rows: [number, boolean][] = [[0, false], [64, false], [MAX_LIST_TEXT_LENGTH, false], [MAX_LIST_TEXT_LENGTH + 1, true], [10_000_000, true]];
  for (const [length, refused] of rows) {
    it(`${refused ? 'refuses' : 'reads'} a text of ${length} characters`, () => {
      expect(listTextRefusal(length)).to.deep.equal(refused ? { code: 'text-too-long', params: { length, max: MAX_LIST_TEXT_LENGTH } } : undefined);
    });
  }

  it('reads a list of 2,000 items (the most counted before a list is refused) with a long comment on each line', () => {
    const list = Array.from({ length: 2 * MAX_EDITOR_ROWS }, (_, i) => `2001:db8:${i.toString(16)}::/48 # ${'office '.repeat(60)}`).join('\r\n');
    expect(listTextRefusal(list.length)).to.equal(undefined);
  });
});

describe('typedEntryRefusal', () => {
  const rows = ['10.0.0.0/8', '8.8.8.8/32', '2001:db8::/32', '999.1.1.1', '203.0.113.0/24'].map((text) => parseTrustedSource(text));
  const typed = (text: string) => typedEntryRefusal(rows, { line: 1, text, result: parseTrustedSource(text) });
  // [typed, code, params] (rows: 10.0.0.0/8, 8.8.8.8/32, 2001:db8::/32, 999.1.1.1, 203.0.113.0/24)
  const cases: [string, EntryRefusalCode | undefined, Record<string, unknown>?][] = [
    ['10.0.0.0/8', 'listed', { text: '10.0.0.0/8', cidr: '10.0.0.0/8', row: 1 }],
    ['10.0.0.1/8', 'same-range', { text: '10.0.0.1/8', cidr: '10.0.0.0/8', row: 1 }],
    ['8.8.8.8', 'same-range', { text: '8.8.8.8', cidr: '8.8.8.8/32', row: 2 }],
    ['10.1.0.0/16', 'inside', { text: '10.1.0.0/16', cidr: '10.0.0.0/8', row: 1 }],
    ['10.255.255.255', 'inside', { text: '10.255.255.255', cidr: '10.0.0.0/8', row: 1 }],
    ['2001:DB8::/32', 'same-range', { text: '2001:DB8::/32', cidr: '2001:db8::/32', row: 3 }],
    ['2001:db8::1/32', 'same-range', { text: '2001:db8::1/32', cidr: '2001:db8::/32', row: 3 }],
    ['2001:db8:1::/48', 'inside', { text: '2001:db8:1::/48', cidr: '2001:db8::/32', row: 3 }],
    ['999.1.1.1', 'listed', { text: '999.1.1.1', cidr: '999.1.1.1', row: 4 }],
    ['a'.repeat(1_000_000), 'too-long', { max: 64 }],
    ['1'.repeat(65), 'too-long', { max: 64 }],
    // Added: a range that contains a row allows more (the row inside gets its overlap warning), and the other family.
    ['8.8.8.0/24', undefined],
    ['203.0.0.0/8', undefined],
    ['2001:db8::/16', undefined],
    ['::ffff:a00:0/104', undefined],
    ['11.0.0.0/8', undefined],
    ['127.1', undefined],
  ];
  for (const [text, code, params] of cases) {
    it(`${code ? `refuses ${text.slice(0, 20)}${text.length > 20 ? '…' : ''}: ${code}` : `adds ${text}`}`, () => {
      const refusal = typed(text);
      expect(refusal?.code).to.equal(code);
      if (code) expect(refusal?.params).to.deep.equal(params);
    });
  }
});

describe('placeFindings', () => {
  const place = (inputs: TrustedSourceInput[], rules: Partial<TrustedSourceRules> = {}) => {
    const placed = placeFindings(checkTrustedSources(inputs, rules));
    return {
      list: placed.list.map((f) => f.code),
      rows: placed.rows.map((findings) => findings.map((f) => f.code)),
    };
  };
  // [name, inputs, rules, list codes, codes per row]
  const cases: [string, TrustedSourceInput[], Partial<TrustedSourceRules>, string[], string[][]][] = [
    ['nothing for the seed example', ['123.123.123.123/32', '222.222.222.128/28'], {}, [], [[], []]],
    ['none on the list', [], {}, ['none'], []],
    ['none on the list for blank rows', ['', ' '], {}, ['none'], [[], []]],
    ['too-many on the list', ['1.1.1.1', '2.2.2.2', '3.3.3.3'], { maxEntries: 2 }, ['too-many'], [[], [], []]],
    ['a parse error on its row', ['1.1.1.1', '999.1.1.1/8'], {}, [], [[], ['octet-out-of-range']]],
    ['a duplicate on every copy', ['10.0.0.1', '8.8.8.8', '10.0.0.1/32'], {}, [], [['duplicate', 'not-public'], [], ['duplicate', 'not-public']]],
    ['an overlap only on the range inside', ['8.8.0.0/16', '8.8.8.8'], {}, [], [[], ['overlap']]],
    ['not-public on its row', ['10.0.0.0/8'], {}, [], [['not-public']]],
    ['ipv6-not-allowed on its row', ['2001:db8::/48'], { allowIpv6: false }, [], [['ipv6-not-allowed']]],
    ['the whole internet on its single row', ['0.0.0.0/0'], {}, [], [['whole-internet']]],
    ['the whole internet from several rows on the list', ['0.0.0.0/1', '128.0.0.0/1'], {}, ['whole-internet'], [[], []]],
    ['the confirmation on its single row', ['::/0'], { allowAnyAddress: true }, [], [['whole-internet-confirm']]],
    ['the confirmation from several rows on the list', ['::/1', '8000::/1'], { allowAnyAddress: true }, ['whole-internet-confirm'], [[], []]],
  ];
  for (const [name, inputs, rules, list, rows] of cases) {
    it(`places ${name}`, () => {
      expect(place(inputs, rules)).to.deep.equal({ list, rows });
    });
  }
});

describe('sourcesOf', () => {
  const cases: [string, TrustedSourceInput[], { cidr: string; label?: string }[]][] = [
    ['the seed example', ['123.123.123.123/32', '222.222.222.128/28'], [{ cidr: '123.123.123.123/32' }, { cidr: '222.222.222.128/28' }]],
    ['canonical forms', ['10.0.0.1', '2001:0DB8:0:0::/48'], [{ cidr: '10.0.0.1/32' }, { cidr: '2001:db8::/48' }]],
    ['without invalid or blank rows', ['999.1.1.1', '', '8.8.8.8'], [{ cidr: '8.8.8.8/32' }]],
    ['each CIDR once, the first label', [{ address: '1.1.1.1', label: 'a' }, { address: '1.1.1.1/32', label: 'b' }], [{ cidr: '1.1.1.1/32', label: 'a' }]],
    ['labels trimmed, blank ones dropped', [{ address: '1.1.1.1', label: ' Office ' }, { address: '2.2.2.2', label: '  ' }], [{ cidr: '1.1.1.1/32', label: 'Office' }, { cidr: '2.2.2.2/32' }]],
    ['labels cut to 100 characters', [{ address: '1.1.1.1', label: 'x'.repeat(150) }], [{ cidr: '1.1.1.1/32', label: 'x'.repeat(100) }]],
  ];
  for (const [name, inputs, expected] of cases) {
    it(`gives ${name}`, () => {
      expect(sourcesOf(checkTrustedSources(inputs))).to.deep.equal(expected);
    });
  }
});

describe('editorValidity', () => {
  // [name, inputs, rules, required, confirmed, valueMissing, customError, reason code]
  const cases: [string, TrustedSourceInput[], Partial<TrustedSourceRules>, boolean, boolean, boolean, boolean, string | undefined][] = [
    ['empty, optional', [], {}, false, false, false, false, undefined],
    ['empty, required', [], {}, true, false, true, false, 'none'],
    ['blank rows, required', ['  '], {}, true, false, true, false, 'none'],
    ['the seed example', ['123.123.123.123/32', '222.222.222.128/28'], {}, true, false, false, false, undefined],
    ['an invalid row', ['1.1.1.1', '127.1'], {}, false, false, false, true, 'shortened-ipv4'],
    ['a duplicate', ['1.1.1.1', '1.1.1.1/32'], {}, false, false, false, true, 'duplicate'],
    ['too many, reported first', ['1.1.1.1', '127.1'], { maxEntries: 1 }, false, false, false, true, 'too-many'],
    ['warnings only', ['10.0.0.0/8', '10.1.0.0/16'], {}, true, false, false, false, undefined],
    ['the whole internet refused', ['0.0.0.0/0'], {}, false, true, false, true, 'whole-internet'],
    ['the whole internet allowed, not confirmed', ['0.0.0.0/0'], { allowAnyAddress: true }, false, false, false, true, 'whole-internet-confirm'],
    ['the whole internet allowed and confirmed', ['0.0.0.0/0'], { allowAnyAddress: true }, false, true, false, false, undefined],
  ];
  for (const [name, inputs, rules, required, confirmed, valueMissing, customError, reason] of cases) {
    it(`judges ${name}`, () => {
      const validity = editorValidity(checkTrustedSources(inputs, rules), { required, wholeInternetConfirmed: confirmed });
      expect([validity.valueMissing, validity.customError, validity.reason?.code]).to.deep.equal([valueMissing, customError, reason]);
    });
  }

  it('asks for the confirmation only where the whole internet is allowed and covered', () => {
    expect(needsWholeInternetConfirmation(checkTrustedSources(['0.0.0.0/0'], { allowAnyAddress: true }))).to.equal(true);
    expect(needsWholeInternetConfirmation(checkTrustedSources(['0.0.0.0/1'], { allowAnyAddress: true }))).to.equal(false);
    expect(needsWholeInternetConfirmation(checkTrustedSources(['0.0.0.0/0']))).to.equal(false);
  });
});

describe('entriesOf and sameEntries', () => {
  it('gives every row as typed, invalid ones and blank labels included, a label only when there is one', () => {
    const list = new TrustedSourceRowList();
    list.replace([{ text: '10.0.0.1', label: 'Office ' }, { text: ' 999.1.1.1 ' }, { text: '', label: '' }]);
    const key = list.rows[0]!.key;
    list.type(key, '10.0.0.', false);
    expect(entriesOf(list.rows)).to.deep.equal([{ address: '10.0.0.', label: 'Office ' }, { address: ' 999.1.1.1 ' }, { address: '' }]);
  });

  // [a, b, same]
  const cases: [string, { address: string; label?: string }[], { address: string; label?: string }[], boolean][] = [
    ['identical lists', [{ address: '1.2.3.4/32', label: 'a' }], [{ address: '1.2.3.4/32', label: 'a' }], true],
    ['two spellings of one CIDR', [{ address: '10.0.0.1' }], [{ address: ' 10.0.0.1/32 ' }], true],
    ['host bits', [{ address: '222.222.222.130/28' }], [{ address: '222.222.222.128/28' }], true],
    ['labels trimmed, no label and an empty one', [{ address: '8.8.8.8', label: ' x ' }, { address: '9.9.9.9', label: '' }], [{ address: '8.8.8.8/32', label: 'x' }, { address: '9.9.9.9/32' }], true],
    ['invalid text compared trimmed', [{ address: ' 999.1.1.1 ' }], [{ address: '999.1.1.1' }], true],
    ['another label', [{ address: '8.8.8.8', label: 'a' }], [{ address: '8.8.8.8', label: 'b' }], false],
    ['another order', [{ address: '8.8.8.8' }, { address: '9.9.9.9' }], [{ address: '9.9.9.9' }, { address: '8.8.8.8' }], false],
    ['one more row', [{ address: '8.8.8.8' }], [{ address: '8.8.8.8' }, { address: '8.8.8.8' }], false],
    ['invalid text typed differently', [{ address: '999.1.1.1' }], [{ address: '999.1.1.2' }], false],
    ['both empty', [], [], true],
  ];
  for (const [name, a, b, same] of cases) {
    it(`${name}: ${same ? 'same' : 'different'}`, () => {
      expect(sameEntries(a, b)).to.equal(same);
      expect(sameEntries(b, a)).to.equal(same);
    });
  }
});

describe('editorProblem and hasEntryErrors', () => {
  const listOf = (...texts: string[]) => {
    const list = new TrustedSourceRowList();
    list.replace(texts.map((text) => ({ text })));
    return list;
  };
  const options = { required: true, wholeInternetConfirmed: false, pending: '' };

  it('is undefined for a valid list, and names text typed but not added', () => {
    expect(editorProblem(listOf('8.8.8.8'), options)).to.equal(undefined);
    expect(editorProblem(listOf('8.8.8.8'), { ...options, pending: '9.9.9.9' })).to.deep.equal({
      flags: { customError: true }, reason: 'pending', text: '9.9.9.9',
    });
  });

  it('points at the row of the first error, before any pending text', () => {
    const list = listOf('8.8.8.8', '999.1.1.1');
    const problem = editorProblem(list, { ...options, pending: 'x' });
    expect(problem).to.include({ reason: 'finding', row: list.rows[1]!.key });
    expect(problem?.flags).to.deep.equal({ customError: true });
    expect(problem?.reason === 'finding' && problem.finding.code).to.equal('octet-out-of-range');
  });

  it('an empty required list is valueMissing, with no row; the whole internet needs the confirmation', () => {
    const empty = editorProblem(listOf(), options);
    expect(empty?.flags).to.deep.equal({ valueMissing: true });
    expect(empty && 'row' in empty).to.equal(false);
    const open = listOf('0.0.0.0/0');
    open.rules = { allowAnyAddress: true };
    expect(editorProblem(open, options)).to.deep.equal({ flags: { customError: true }, reason: 'confirm' });
    expect(editorProblem(open, { ...options, wholeInternetConfirmed: true })).to.equal(undefined);
  });

  // [texts, rules, errors to show at once]
  const shown: [string[], Partial<TrustedSourceRules>, boolean][] = [
    [[], {}, false],
    [['8.8.8.8'], {}, false],
    [['999.1.1.1'], {}, true],
    [['8.8.8.8', '8.8.8.8/32'], {}, true],
    [['0.0.0.0/0'], { allowAnyAddress: true }, false],
    [['0.0.0.0/0'], {}, true],
    [['8.8.8.8', '9.9.9.9'], { maxEntries: 1 }, true],
  ];
  for (const [texts, rules, expected] of shown) {
    it(`hasEntryErrors(${JSON.stringify(texts)}, ${JSON.stringify(rules)}) is ${expected}`, () => {
      expect(hasEntryErrors(checkTrustedSources(texts, rules))).to.equal(expected);
    });
  }
});

describe('pastedListItems', () => {
  // [pasted, items or undefined for a plain single paste]
  const cases: [string, string[] | undefined][] = [
    ['10.0.0.1', undefined],
    [' 10.0.0.1/32\n', undefined],
    ['10.0.0.1 # office', undefined],
    ['10.0.0.', undefined],
    ['10.0.0.1\n10.0.0.2', ['10.0.0.1', '10.0.0.2']],
    ['10.0.0.1, 10.0.0.2; 10.0.0.3', ['10.0.0.1', '10.0.0.2', '10.0.0.3']],
    ['# office\n10.0.0.1', ['10.0.0.1']],
    ['# only a comment\n', undefined],
    ['# one\n# two', []],
  ];
  for (const [text, items] of cases) {
    it(`reads ${JSON.stringify(text)} as ${items ? `${items.length} item(s)` : 'a plain paste'}`, () => {
      expect(pastedListItems(text)?.map((item) => item.text)).to.deep.equal(items);
    });
  }
});

describe('TrustedSourceRowList', () => {
  const texts = (list: TrustedSourceRowList) => list.rows.map((r) => r.text);

  it('commits what it is given: canonical sources, other text as it is', () => {
    const list = new TrustedSourceRowList();
    list.replace([{ text: '222.222.222.130/28', label: 'office' }, { text: '127.1' }]);
    expect(texts(list)).to.deep.equal(['222.222.222.128/28', '127.1']);
    expect(list.rows[0]?.adjustment?.code).to.equal('host-bits');
    expect(list.rows[0]?.label).to.equal('office');
  });

  it('checks once per change, however often it is asked', () => {
    const list = new TrustedSourceRowList();
    list.replace([{ text: '1.1.1.1' }]);
    const first = list.checked();
    expect(list.checked()).to.equal(first);
    list.type(list.rows[0]!.key, '1.1.1.2', false);
    const second = list.checked();
    expect(second).not.to.equal(first);
    expect(list.checked()).to.equal(second);
    list.rules = { maxEntries: 5 };
    const third = list.checked();
    expect(third).not.to.equal(second);
    list.rules = { maxEntries: 5 };
    expect(list.checked()).to.equal(third);
  });

  it('checks each row as it reads now, through edits back and forth', () => {
    const list = new TrustedSourceRowList();
    list.add(parseTrustedSourceList('8.8.8.8/32\n127.1\n1.1.1.0/24'), { lines: true });
    const [first, , third] = list.rows as [EditorRow, EditorRow, EditorRow];
    const codes = () => list.checked().placed.rows.map((findings) => findings.map((f) => f.code));
    expect(codes()).to.deep.equal([[], ['shortened-ipv4'], []]);
    list.type(first.key, '1.1.1.7', false);
    expect(codes()).to.deep.equal([['overlap'], ['shortened-ipv4'], []]);
    list.type(third.key, '1.1.1.7/32', false);
    expect(codes()).to.deep.equal([['duplicate'], ['shortened-ipv4'], ['duplicate']]);
    list.type(first.key, '8.8.8.8/32', false);
    list.type(third.key, '1.1.1.0/24', false);
    expect(codes()).to.deep.equal([[], ['shortened-ipv4'], []]);
    expect(list.checked().check.entries.map((e) => e.input)).to.deep.equal(['8.8.8.8/32', '127.1', '1.1.1.0/24']);
  });

  it('shows the findings of a row being typed in as last committed, on every row, until it is committed', () => {
    const list = new TrustedSourceRowList();
    list.replace([{ text: '10.0.0.0/16' }, { text: '10.1.0.0/16' }, { text: '8.8.8.8' }]);
    const [first] = list.rows as [EditorRow, EditorRow, EditorRow];
    const codes = (placed: PlacedFindings) => placed.rows.map((findings) => findings.map((f) => f.code));
    const committed = list.shown();
    expect(codes(committed)).to.deep.equal([['not-public'], ['not-public'], []]);
    // '10.0.0.0/8' holds row 2: the check says so at once, what is shown waits; from the first keystroke on, the very
    // same placement (no row's findings are placed again while the row is typed in).
    list.type(first.key, '10.0.0.0/1', true);
    const typing = list.shown();
    expect(codes(typing)).to.deep.equal(codes(committed));
    for (const text of ['10.0.0.0/', '10.0.0.0/8']) {
      list.type(first.key, text, true);
      expect(list.shown()).to.equal(typing);
    }
    expect(codes(list.checked().placed)).to.deep.equal([['not-public'], ['not-public', 'overlap'], []]);
    list.commit(first.key);
    expect(codes(list.shown())).to.deep.equal([['not-public'], ['not-public', 'overlap'], []]);
    expect(list.shown()).to.equal(list.checked().placed);
    // A row showing an error is not quiet: it updates as it is fixed, and so does every row it touches.
    list.type(first.key, '8.8.8.8', true);
    list.commit(first.key);
    expect(codes(list.shown())).to.deep.equal([['duplicate'], ['not-public'], ['duplicate']]);
    list.type(first.key, '8.8.8.8/', true);
    expect(codes(list.shown())).to.deep.equal([['missing-prefix'], ['not-public'], []]);
  });

  it('adds new items with line numbers, skips what is listed and counts the added rows with errors', () => {
    const list = new TrustedSourceRowList();
    list.replace([{ text: '8.8.8.8/32' }]);
    const result = list.add(parseTrustedSourceList('1.1.1.1\n8.8.8.8\n127.1\n1.1.1.1/32'), { lines: true });
    expect(result.added.map((r) => [r.text, r.line])).to.deep.equal([['1.1.1.1/32', 1], ['127.1', 3]]);
    expect(result.skipped.map((s) => s.item.line)).to.deep.equal([2, 4]);
    expect(result.attention).to.equal(1);
    expect(texts(list)).to.deep.equal(['8.8.8.8/32', '1.1.1.1/32', '127.1']);
  });

  it('refuses a typed entry the list has (the same, its range, inside a row) and adds nothing; a pasted one is skipped, inside added', () => {
    const list = new TrustedSourceRowList();
    list.replace([{ text: '10.0.0.0/8' }]);
    const refused: [string, EntryRefusalCode][] = [['10.0.0.0/8', 'listed'], ['10.0.0.1/8', 'same-range'], ['10.1.0.0/16', 'inside'], ['x'.repeat(100), 'too-long']];
    for (const [text, code] of refused) {
      const result = list.add(parseTrustedSourceList(text), { typed: true });
      expect([result.added, result.skipped, result.refusedEntry?.code], text).to.deep.equal([[], [], code]);
    }
    expect(texts(list)).to.deep.equal(['10.0.0.0/8']);
    const pasted = list.add(parseTrustedSourceList(`10.0.0.1/8\n10.1.0.0/16\n${'x'.repeat(100)}`), { lines: true });
    expect(pasted.skipped.map((s) => s.code)).to.deep.equal(['same-range', 'too-long']);
    expect(pasted.attention).to.equal(1);
    expect(texts(list)).to.deep.equal(['10.0.0.0/8', '10.1.0.0/16']);
    const grown = list.add(parseTrustedSourceList('0.0.0.0/1'), { typed: true });
    expect([grown.refusedEntry, texts(list)]).to.deep.equal([undefined, ['10.0.0.0/8', '10.1.0.0/16', '0.0.0.0/1']]);
  });

  it('keeps a fine row quiet while typed in, and a row showing an error loud', () => {
    const list = new TrustedSourceRowList();
    list.replace([{ text: '1.1.1.1' }, { text: '127.1' }]);
    const [fine, bad] = list.rows as [NonNullable<(typeof list.rows)[0]>, NonNullable<(typeof list.rows)[0]>];
    list.type(fine.key, '1.1.1.', true);
    list.type(bad.key, '127.0', true);
    expect([fine.quiet, bad.quiet]).to.deep.equal([true, false]);
    // Before errors are shown at all, every row is quiet while typed in.
    const fresh = new TrustedSourceRowList();
    fresh.replace([{ text: '127.1' }]);
    fresh.type(fresh.rows[0]!.key, '127.0', false);
    expect(fresh.rows[0]!.quiet).to.equal(true);
  });

  it('commits a row: canonical text, a note, no line number, changed only when different from the last commit', () => {
    const list = new TrustedSourceRowList();
    list.add(parseTrustedSourceList('1.1.1.1\n2.2.2.2'), { lines: true });
    const row = list.rows[1]!;
    expect(list.commit(row.key)).to.deep.equal({ changed: false });
    expect(row.line).to.equal(2);
    list.type(row.key, '222.222.222.130/28', false);
    expect(list.commit(row.key)).to.deep.equal({
      changed: true,
      adjustment: { code: 'host-bits', from: '222.222.222.130/28', to: '222.222.222.128/28' },
    });
    expect([row.text, row.quiet, row.line]).to.deep.equal(['222.222.222.128/28', false, undefined]);
    list.type(row.key, '222.222.222.128/28 ', false);
    expect(list.commit(row.key)).to.deep.equal({ changed: false });
    list.typeLabel(row.key, 'office');
    expect(list.commit(row.key)).to.deep.equal({ changed: true });
    expect(list.commit(12345)).to.equal(undefined);
  });

  // [rows, removed index, next row's text or undefined]
  const removals: [string[], number, string | undefined][] = [
    [['1.1.1.1', '2.2.2.2', '3.3.3.3'], 1, '3.3.3.3/32'],
    [['1.1.1.1', '2.2.2.2', '3.3.3.3'], 2, '2.2.2.2/32'],
    [['1.1.1.1'], 0, undefined],
  ];
  for (const [rows, index, next] of removals) {
    it(`removes row ${index + 1} of ${rows.length} and names ${next ?? 'no row'} to focus next`, () => {
      const list = new TrustedSourceRowList();
      list.replace(rows.map((text) => ({ text })));
      const removed = list.remove(list.rows[index]!.key);
      expect(removed?.index).to.equal(index);
      expect(removed?.next?.text).to.equal(next);
      expect(list.rows.length).to.equal(rows.length - 1);
    });
  }
});

describe('a pasted list that does not fit', () => {
  const list = (count: number, offset = 0) => Array.from({ length: count }, (_, i) => `10.${(offset + i) >> 8}.${(offset + i) & 255}.0/24`).join('\n');

  const limits: [Partial<TrustedSourceRules>, number][] = [
    [{}, 100], [{ maxEntries: 5 }, 5], [{ maxEntries: 1000 }, 1000], [{ maxEntries: 50_000 }, MAX_EDITOR_ROWS], [{ maxEntries: 0 }, 0],
  ];
  for (const [rules, limit] of limits) {
    it(`entryLimit(${JSON.stringify(rules)}) is ${limit}`, () => expect(entryLimit(rules)).to.equal(limit));
  }

  it('is refused whole, saying how many entries it has, how many fit and the limit', () => {
    const rows = new TrustedSourceRowList();
    rows.rules = { maxEntries: 5 };
    rows.add(parseTrustedSourceList(list(3)), { lines: true });
    const result = rows.add(parseTrustedSourceList(list(4, 100)), { lines: true });
    expect(result.added).to.deep.equal([]);
    expect(result.refused).to.deep.equal({ count: 4, room: 2, max: 5 });
    expect(rows.rows.length).to.equal(3);
  });

  it('fits when the entries already listed are not counted again', () => {
    const rows = new TrustedSourceRowList();
    rows.rules = { maxEntries: 5 };
    rows.add(parseTrustedSourceList(list(3)), { lines: true });
    const result = rows.add(parseTrustedSourceList(list(5)), { lines: true });
    expect(result.refused).to.equal(undefined);
    expect(rows.rows.length).to.equal(5);
  });

  it('one typed entry is still added past the rules (the list then says it has too many), but never past the editor cap', () => {
    const rows = new TrustedSourceRowList();
    rows.rules = { maxEntries: 1 };
    rows.add(parseTrustedSourceList('1.1.1.1'));
    expect(rows.add(parseTrustedSourceList('2.2.2.2')).added.length).to.equal(1);
    const full = new TrustedSourceRowList();
    full.rules = { maxEntries: 1000 };
    full.add(parseTrustedSourceList(list(MAX_EDITOR_ROWS)), { lines: true });
    expect(full.rows.length).to.equal(MAX_EDITOR_ROWS);
    expect(full.add(parseTrustedSourceList('2.2.2.2')).refused).to.deep.equal({ count: 1, room: 0, max: MAX_EDITOR_ROWS });
  });

  const counts: [string, number, boolean][] = [
    ['', 0, false], ['1.2.3.4', 1, false], ['1.2.3.4, 5.6.7.8', 2, true], ['1.2.3.4\n', 1, false], ['1.2.3.4\n5.6.7.8', 2, true],
    ['# only a comment\n\n', 0, false], ['1.2.3.4 # office\n# comment', 1, true], ['a b;c,d\te # e f', 5, true], ['x'.repeat(1_000_000), 1, false],
  ];
  for (const [text, count, pasted] of counts) {
    it(`${JSON.stringify(text.slice(0, 30))} counts ${count} items without reading them; a pasted list: ${pasted}`, () => {
      expect(countTrustedSourceListItems(text)).to.equal(count);
      expect(countTrustedSourceListItems(text)).to.equal(parseTrustedSourceList(text).length);
      expect(isPastedList(text)).to.equal(pasted);
    });
  }

  // [pasted text, what the paste becomes]: one item is typing, a list is read, a text too long to read or one item too
  // long to be an address never reaches the field.
  const actions: [string, 'field' | 'list' | 'too-long'][] = [
    ['1.2.3.4', 'field'], ['  1.2.3.4  ', 'field'], ['x'.repeat(64), 'field'], ['', 'field'], ['1.2.3.4\n5.6.7.8', 'list'],
    ['1.2.3.4, 5.6.7.8', 'list'], ['x'.repeat(65), 'too-long'], ['1'.repeat(1_000_000), 'too-long'],
    ['1'.repeat(1_000_001), 'list'], [`1.1.1.1\n${'x'.repeat(10_000_000)}`, 'list'],
  ];
  for (const [text, action] of actions) {
    it(`a paste of ${JSON.stringify(text.slice(0, 20))} (${text.length} characters) goes to the ${action === 'too-long' ? 'refusal as too long' : action}`, () => {
      expect(pastedTextAction(text)).to.equal(action);
    });
  }
});

describe('rowsAsJson and rowsFromJson (what the browser keeps for back and forward)', () => {
  it('gives back every row as typed, invalid ones, labels and quotes included', () => {
    const list = new TrustedSourceRowList();
    list.replace([{ text: '8.8.8.8', label: 'Resolver "A"' }, { text: '10.0.0.1/33' }, { text: '' }]);
    list.type(list.rows[0]!.key, '8.8.8.', false);
    const json = rowsAsJson(list.rows);
    expect(rowsFromJson(json)).to.deep.equal([
      { address: '8.8.8.', label: 'Resolver "A"' },
      { address: '10.0.0.1/33', label: '' },
      { address: '', label: '' },
    ]);
    // Asked again after a keystroke: the text follows it.
    list.typeLabel(list.rows[1]!.key, 'Lab');
    expect(rowsFromJson(rowsAsJson(list.rows))[1]).to.deep.equal({ address: '10.0.0.1/33', label: 'Lab' });
  });

  const bad: [string, string, unknown][] = [
    ['not JSON', '[["8.8.8.8"', []],
    ['not a list', '{"rows":1}', []],
    ['an empty text', '', []],
    ['rows that are not lists', '[1, "x", null]', [{ address: '', label: '' }, { address: '', label: '' }, { address: '', label: '' }]],
    ['values that are not texts', '[[1, true]]', [{ address: '1', label: 'true' }]],
  ];
  for (const [name, json, expected] of bad) {
    it(`reads ${name} without throwing: ${JSON.stringify(expected)}`, () => {
      expect(rowsFromJson(json)).to.deep.equal(expected);
    });
  }
});
