import { expect } from '@open-wc/testing';
import { checkFreeText } from '../../src/schema/free-text.js';

// The one rule for every free text: each character class is a row, and so is what must still pass.
describe('checkFreeText', () => {
  const refused: [string, string, string, string][] = [
    ['NUL', 'a\u0000b', 'text-control-character', 'U+0000'],
    ['a tab inside', 'a\tb', 'text-control-character', 'U+0009'],
    ['a line feed inside', 'a\nb', 'text-control-character', 'U+000A'],
    ['ESC (U+001B)', '\u001b[31mred', 'text-control-character', 'U+001B'],
    ['U+001F', 'a\u001f', 'text-control-character', 'U+001F'],
    ['DEL (U+007F)', 'a\u007f', 'text-control-character', 'U+007F'],
    ['NEL (U+0085)', 'a\u0085b', 'text-control-character', 'U+0085'],
    ['U+009F', '\u009f', 'text-control-character', 'U+009F'],
    ['LRE (U+202A)', '\u202aabc', 'text-bidi-control', 'U+202A'],
    ['PDF (U+202C)', 'abc\u202c', 'text-bidi-control', 'U+202C'],
    ['RLO (U+202E)', 'abc\u202edef', 'text-bidi-control', 'U+202E'],
    ['LRI (U+2066)', '\u2066abc', 'text-bidi-control', 'U+2066'],
    ['RLI (U+2067)', 'a\u2067bc', 'text-bidi-control', 'U+2067'],
    ['PDI (U+2069)', 'abc\u2069', 'text-bidi-control', 'U+2069'],
    ['the first of several', 'a\u202eb\u0000', 'text-bidi-control', 'U+202E'],
  ];
  for (const [name, text, code, character] of refused) {
    it(`refuses ${name} as ${code} (${character})`, () => {
      expect(checkFreeText(text)).to.deep.equal({ code, params: { character } });
    });
  }

  const accepted: [string, string][] = [
    ['plain ASCII', 'Example GmbH'],
    ['umlauts and other Latin letters', 'Größe Łódź Æble ÿ'],
    ['emoji, a ZWJ sequence and a flag', '😀 👩‍💻 🇩🇪'],
    ['CJK', '株式会社 東京 中文'],
    ['Arabic with RLM (U+200F)', '\u200fمريم\u200f'],
    ['LRM (U+200E)', '\u200eoffice'],
    ['U+00A0 and U+00A1, just after the C1 controls', 'a\u00a0¡'],
    ['U+2065 and U+206A, either side of the isolates', 'a\u2065\u206ab'],
    ['an empty text', ''],
  ];
  for (const [name, text] of accepted) {
    it(`accepts ${name}`, () => {
      expect(checkFreeText(text)).to.equal(undefined);
    });
  }
});
