// French, Dutch and Polish on a page that never imports them: each element loads its language on demand and speaks it
// from its first render on, with no English word at any point. Nothing here may import a translation
// (`src/i18n/locales/*`, `src/translations/*`): this page starts with English alone.
import { expect, fixture, html } from '@open-wc/testing';
import * as user from '../support/input.js';
import type { LitElement } from 'lit';
import '../../src/define.js';
import { translationLoaders } from '../../src/i18n/translations.js';
import type { NodeSize, NodeType } from '../../src/schema/catalog.js';
import { englishIn, englishWords as englishWordsOf } from './english-words.js';
import { shownText } from '../support/shown-text.js';

const TYPES: NodeType[] = [{ id: 'general-purpose', label: 'General purpose' }];
const SIZES: NodeSize[] = [{ id: 'gp-s', nodeType: 'general-purpose', label: 'S', vcpu: 2, ramGiB: 4, monthlyPrice: '79.00' }];


/** An element's text as it shows, its shadow tree's (`shownText`). */
const textOf = (el: Element) => shownText(el.shadowRoot ?? el);

const englishWords = async (locale: string) => englishWordsOf(await translationLoaders[locale]!());

/** The element's text after each of its updates, from the first on (recorded by a controller added before it connects). */
function textAfterEachUpdate(el: LitElement): string[] {
  const texts: string[] = [];
  el.addController({ hostUpdated: () => texts.push(textOf(el)) });
  return texts;
}

function fourElements() {
  const badge = Object.assign(document.createElement('order-status-badge'), { status: 'provisioning', orderId: '7' });
  const picker = Object.assign(document.createElement('node-size-picker'), { nodeTypes: TYPES, sizes: SIZES });
  const editor = document.createElement('trusted-sources-editor');
  editor.sources = [{ cidr: '203.0.113.0/24' }];
  const wizard = Object.assign(document.createElement('order-wizard'), { persist: 'none' as const });
  return [badge, picker, editor, wizard] as const;
}

// [lang, the words each element shows first: badge, picker, editor, wizard]
const LANGUAGES: [string, [string, string, string, string]][] = [
  ['fr', ['Mise en service en cours', 'Type de nœud', 'Couvre 256 adresses', 'Choisissez le service']],
  ['nl', ['Wordt ingericht', 'Nodetype', 'Omvat 256 adressen', 'Kies de dienst']],
  ['pl', ['W trakcie uruchamiania', 'Typ węzła', 'Obejmuje 256 adresów', 'Wybierz usługę']],
];

describe('French, Dutch and Polish loaded on demand', () => {
  const added: Element[] = [];
  afterEach(() => added.splice(0).forEach((el) => el.remove()));

  for (const [lang, expected] of LANGUAGES) {
    it(`with lang="${lang}", every element speaks it from its first render on, with no English word`, async () => {
      const elements = fourElements();
      const texts = elements.map((el) => textAfterEachUpdate(el));
      // Its own lang for three, an ancestor's (with a region subtag) for the picker.
      const [badge, picker, editor, wizard] = elements;
      for (const el of [badge, editor, wizard]) el.lang = lang;
      const ancestor = Object.assign(document.createElement('div'), { lang: `${lang}-XX` });
      ancestor.append(picker);
      document.body.append(badge, ancestor, editor, wizard);
      added.push(badge, ancestor, editor, wizard);
      await Promise.all(elements.map((el) => el.updateComplete));

      const english = await englishWords(lang);
      expect(english.length).to.be.greaterThan(250);
      elements.forEach((el, index) => {
        expect(texts[index]!.length, `${el.localName} updates`).to.be.greaterThan(0);
        expect(texts[index]![0], `${el.localName}, first render`).to.include(expected[index]!);
        for (const text of texts[index]!) {
          expect(englishIn(text, english), `${el.localName} in ${lang}`).to.deep.equal([]);
        }
      });
    });
  }

  it('follows a lang changed at run time at once, on the element and on an ancestor, never showing English', async () => {
    const [badge, picker, editor, wizard] = fourElements();
    const ancestor = Object.assign(document.createElement('div'), { lang: 'fr' });
    ancestor.append(picker);
    wizard.lang = 'nl';
    document.body.append(ancestor, wizard);
    added.push(ancestor, wizard);
    await Promise.all([picker.updateComplete, wizard.updateComplete]);
    const texts = [textAfterEachUpdate(picker), textAfterEachUpdate(wizard)];

    ancestor.lang = 'pl';
    wizard.lang = 'pl';
    await Promise.all([picker.updateComplete, wizard.updateComplete]);
    expect(picker.shadowRoot!.querySelector('#type-label')!.textContent).to.equal('Typ węzła');
    expect(textOf(wizard)).to.include('Wybierz usługę').and.include('Krok 1 z');
    const english = await englishWords('pl');
    for (const text of texts.flat()) expect(englishIn(text, english)).to.deep.equal([]);
    expect([badge.isConnected, editor.isConnected]).to.deep.equal([false, false]);
  });
});

describe('Polish plurals in the trusted-sources editor', () => {
  /** Pastes `count` public addresses as a list into an empty Polish editor; returns what it announces. */
  async function pasteList(count: number): Promise<string> {
    const el = await fixture<HTMLElementTagNameMap['trusted-sources-editor']>(html`<trusted-sources-editor lang="pl"></trusted-sources-editor>`);
    const lines = Array.from({ length: count }, (_, index) => `198.51.${index}.0/24`);
    // One address alone would be typing, and announced as such: the second line repeats it.
    const field = el.shadowRoot!.querySelector<HTMLInputElement>('#new-address')!;
    await user.paste(field, count === 1 ? `${lines[0]}\n${lines[0]}` : lines.join('\n'));
    await el.updateComplete;
    await el.updateComplete;
    expect(el.value).to.have.length(count);
    return (el.shadowRoot!.querySelector('[role="status"]')!.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  const rows: [number, string][] = [
    [1, 'Dodano 1 wpis z listy. 1 wpis był już na liście. 1 zaufane źródło.'],
    [2, 'Dodano 2 wpisy z listy. 2 zaufane źródła.'],
    [5, 'Dodano 5 wpisów z listy. 5 zaufanych źródeł.'],
    [22, 'Dodano 22 wpisy z listy. 22 zaufane źródła.'],
    [25, 'Dodano 25 wpisów z listy. 25 zaufanych źródeł.'],
  ];
  for (const [count, announced] of rows) {
    it(`announces ${count} pasted entries as “${announced}”`, async () => {
      expect(await pasteList(count)).to.equal(announced);
    });
  }
});
