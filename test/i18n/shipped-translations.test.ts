// The shipped translations as data: every key of every group, the placeholders of the English text in each, the
// plural categories of each language, and numbers and prices through Intl for every language without a fast path.
import { expect } from '@open-wc/testing';
import { de } from '../../src/i18n/locales/de.js';
import { fr } from '../../src/i18n/locales/fr.js';
import { nl } from '../../src/i18n/locales/nl.js';
import { pl } from '../../src/i18n/locales/pl.js';
import { formatGigabytes, formatPrice } from '../../src/i18n/format.js';
import { formatNumber, interpolate, LOCALES, type MessageTemplate, type PluralCategory } from '../../src/i18n/translate.js';
import { translationLoaders, type MessageGroup, type Translation } from '../../src/i18n/translations.js';
import { ENGLISH } from './english-messages.js';

const SHIPPED: Translation[] = [de, fr, nl, pl];

const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!));
const forms = (template: MessageTemplate): [string, string][] =>
  typeof template === 'string' ? [['text', template]] : Object.entries(template);

describe('the shipped translations', () => {
  it('are the languages the package lists and loads on demand', () => {
    expect(Object.keys(translationLoaders).sort()).to.deep.equal(LOCALES.filter((code) => code !== 'en').sort());
    expect(SHIPPED.map((translation) => translation.$code)).to.deep.equal(['de', 'fr', 'nl', 'pl']);
  });

  for (const translation of SHIPPED) {
    describe(`${translation.$name} (${translation.$code})`, () => {
      it('has every message of every group, and no other', () => {
        for (const group of Object.keys(ENGLISH) as MessageGroup[]) {
          expect(Object.keys(translation[group]).sort(), group).to.deep.equal(Object.keys(ENGLISH[group]).sort());
        }
      });

      it('gives each plural form exactly the categories its language has, and plain text where English has it', () => {
        const categories = new Set<string>(['other']);
        for (const count of [0, 1, 2, 3, 5, 11, 22, 25, 101, 1.5, 1_000_000]) {
          categories.add(new Intl.PluralRules(translation.$code).select(count));
        }
        for (const group of Object.keys(ENGLISH) as MessageGroup[]) {
          for (const [key, english] of Object.entries(ENGLISH[group])) {
            const template = (translation[group] as Record<string, MessageTemplate>)[key]!;
            if (typeof english === 'string') expect(typeof template, `${group}.${key}`).to.equal('string');
            else expect(Object.keys(template).sort(), `${group}.${key}`).to.deep.equal([...categories].sort());
          }
        }
      });

      it("keeps every placeholder of the English text in every form, and adds none", () => {
        const wrong: string[] = [];
        for (const group of Object.keys(ENGLISH) as MessageGroup[]) {
          for (const [key, english] of Object.entries(ENGLISH[group])) {
            const template = (translation[group] as Record<string, MessageTemplate>)[key]!;
            const all = new Set(forms(english).flatMap(([, text]) => [...placeholders(text)]));
            for (const [category, text] of forms(template)) {
              // Each form needs what English says in the same form, or in `other` for a category English lacks
              // ("one" may leave the count out, as English does: "This entry allows …").
              const same = typeof english === 'string' ? english : (english[category as PluralCategory] ?? english.other);
              const found = placeholders(text);
              for (const name of placeholders(same)) if (!found.has(name)) wrong.push(`${group}.${key} (${category}) lacks {${name}}`);
              for (const name of found) if (!all.has(name)) wrong.push(`${group}.${key} (${category}) has {${name}}, which English lacks`);
            }
          }
        }
        expect(wrong).to.deep.equal([]);
      });
    });
  }
});

describe('plural categories through Intl.PluralRules', () => {
  // [count, the words]: Polish "one", "few" (2–4, 22–24), "many" (5–21, 25–31); real messages of ours.
  const polish: [number, string, string, string][] = [
    [1, 'Dodano 1 wpis z listy.', '1 zaufane źródło.', 'Obejmuje 1 adres'],
    [2, 'Dodano 2 wpisy z listy.', '2 zaufane źródła.', 'Obejmuje 2 adresy'],
    [5, 'Dodano 5 wpisów z listy.', '5 zaufanych źródeł.', 'Obejmuje 5 adresów'],
    [22, 'Dodano 22 wpisy z listy.', '22 zaufane źródła.', 'Obejmuje 22 adresy'],
    [25, 'Dodano 25 wpisów z listy.', '25 zaufanych źródeł.', 'Obejmuje 25 adresów'],
    [12, 'Dodano 12 wpisów z listy.', '12 zaufanych źródeł.', 'Obejmuje 12 adresów'],
    [104, 'Dodano 104 wpisy z listy.', '104 zaufane źródła.', 'Obejmuje 104 adresy'],
  ];
  for (const [count, added, total, covers] of polish) {
    it(`speaks Polish of ${count}: “${added} ${total}”, “${covers}”`, () => {
      const editor = pl.trustedSourcesEditor;
      expect(interpolate(editor['announce-list-added'], { count }, 'pl')).to.equal(added);
      expect(interpolate(editor['announce-total'], { count }, 'pl')).to.equal(total);
      expect(interpolate(editor.covers, { count }, 'pl')).to.equal(covers);
    });
  }

  it('picks the form of the exact count for a bigint past 2^53 (the addresses of an IPv6 range)', () => {
    // 2^80 = 1,208,925,819,614,629,174,706,176: ends in 76, so "many" in Polish; 2^66 ends in 936: "many"; 2^62 in 904: "few".
    expect(interpolate(pl.trustedSourcesEditor.covers, { count: 2n ** 80n }, 'pl')).to.match(/^Obejmuje 1\D208\D925\D819\D614\D629\D174\D706\D176 adresów$/);
    expect(interpolate(pl.trustedSourcesEditor.covers, { count: 2n ** 62n }, 'pl')).to.match(/ adresy$/);
    // French "many": whole millions take "de".
    expect(interpolate(fr.trustedSourcesEditor.covers, { count: 10n ** 18n }, 'fr')).to.match(/ d’adresses$/);
    expect(interpolate(fr.trustedSourcesEditor.covers, { count: 2n ** 64n }, 'fr')).to.match(/\d adresses$/);
  });

  it('speaks French of 0, 1, 2 and a million, and Dutch of 1 and 2', () => {
    const covers = (count: number, translation: Translation, locale: string) =>
      interpolate(translation.trustedSourcesEditor.covers, { count }, locale);
    expect([0, 1, 2, 1_000_000].map((count) => covers(count, fr, 'fr'))).to.deep.equal([
      'Couvre 0 adresse', 'Couvre 1 adresse', 'Couvre 2 adresses', `Couvre ${new Intl.NumberFormat('fr').format(1_000_000)} d’adresses`,
    ]);
    expect([1, 2].map((count) => covers(count, nl, 'nl'))).to.deep.equal(['Omvat 1 adres', 'Omvat 2 adressen']);
  });
});

describe('numbers, prices and storage in French, Dutch and Polish, through Intl', () => {
  const rows: [string, string, string, string][] = [
    // [locale, 1234567, 1234.5 EUR, 1500 GB], written out as Intl gives them (Polish groups from five digits on).
    ['fr', '1\u202f234\u202f567', '1\u202f234,50\u00a0€', '1\u202f500\u202fGo'],
    ['nl', '1.234.567', '€\u00a01.234,50', '1.500 GB'],
    ['pl', '1\u00a0234\u00a0567', '1234,50\u00a0€', '1500 GB'],
  ];
  for (const [locale, number, price, storage] of rows) {
    it(`formats for ${locale}: ${number}, ${price}, ${storage}`, () => {
      expect(formatNumber(1234567, locale)).to.equal(number);
      expect(formatPrice('1234.50', 'EUR', locale)).to.equal(price);
      expect(formatGigabytes(1500, locale)).to.equal(storage);
      expect(interpolate('{count}', { count: 1234567 }, locale)).to.equal(number);
    });
  }
});
