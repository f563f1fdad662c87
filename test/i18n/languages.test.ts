// Languages on a page that never imports one: German comes on demand, a host's own language falls back to English key
// by key. Nothing here may import German (`src/i18n/locales/de.ts`, `src/translations/de.ts`): each test file runs in
// a page of its own, and this page must start with English alone.
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define.js';
import { registerTranslation, translationLoaders, type Translation } from '../../src/i18n/translations.js';
import type { NodeSize, NodeType } from '../../src/schema/catalog.js';
import { shownText } from '../support/shown-text.js';

const TYPES: NodeType[] = [{ id: 'general-purpose', label: 'General purpose' }];
const SIZES: NodeSize[] = [{ id: 'gp-s', nodeType: 'general-purpose', label: 'S', vcpu: 2, ramGiB: 4, monthlyPrice: '79.00' }];

/** An element's text as it shows, its shadow tree's (`shownText`). */
const textOf = (el: Element) => shownText(el.shadowRoot ?? el);

/** The element's text after each of its updates, from the first on (recorded by a controller added before it connects). */
function textAfterEachUpdate(el: LitElement): string[] {
  const texts: string[] = [];
  el.addController({ hostUpdated: () => texts.push(textOf(el)) });
  return texts;
}

/** Collects console warnings while `run` runs. */
async function warningsOf(run: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

// Counts the loads of German, which must come once however many elements wait for it.
let germanLoads = 0;
const loadGerman = translationLoaders['de']!;
translationLoaders['de'] = () => {
  germanLoads += 1;
  return loadGerman();
};

describe('languages loaded on demand', () => {
  const added: Element[] = [];
  afterEach(() => added.splice(0).forEach((el) => el.remove()));

  it('with lang="de" and German never imported, every element loads German once and shows no English at any point', async () => {
    const badge = Object.assign(document.createElement('order-status-badge'), { status: 'provisioning', orderId: '7' });
    const picker = Object.assign(document.createElement('node-size-picker'), { nodeTypes: TYPES, sizes: SIZES });
    const editor = document.createElement('trusted-sources-editor');
    const wizard = document.createElement('order-wizard');
    wizard.persist = 'none';
    const elements = [badge, picker, editor, wizard];
    const texts = new Map(elements.map((el) => [el, textAfterEachUpdate(el)]));
    // Its own lang, an ancestor's (a region subtag too), and the words each would show in English and in German.
    badge.lang = 'de';
    editor.lang = 'de';
    wizard.lang = 'de';
    const ancestor = Object.assign(document.createElement('div'), { lang: 'de-AT' });
    ancestor.append(picker);
    document.body.append(badge, ancestor, editor, wizard);
    added.push(badge, ancestor, editor, wizard);
    await Promise.all(elements.map((el) => el.updateComplete));

    const words = new Map<Element, { english: string[]; german: string }>([
      [badge, { english: ['Provisioning', 'Order 7'], german: 'Wird bereitgestellt' }],
      [picker, { english: ['Node type', 'Node size', 'per month'], german: 'Knotentyp' }],
      [editor, { english: ['Trusted sources', 'No trusted sources yet', 'New address or range'], german: 'Vertrauenswürdige Quellen' }],
      [wizard, { english: ['Choose the service', 'Monthly price', 'Step 1 of'], german: 'Wählen Sie den Dienst' }],
    ]);
    for (const el of elements) {
      const { english, german } = words.get(el)!;
      const shown = texts.get(el)!;
      expect(shown.length, `${el.localName} updates`).to.be.greaterThan(0);
      expect(shown[0], `${el.localName}, first render`).to.include(german);
      for (const text of shown) for (const word of english) expect(text, el.localName).not.to.include(word);
    }
    expect(germanLoads).to.equal(1);
  });

  it('a language of the host falls back to English key by key, with one console warning per language', async () => {
    let badge!: HTMLElementTagNameMap['order-status-badge'];
    let picker!: HTMLElementTagNameMap['node-size-picker'];
    const warnings = await warningsOf(async () => {
      picker = await fixture(html`<node-size-picker lang="it" .nodeTypes=${TYPES} .sizes=${SIZES}></node-size-picker>`);
      // Not registered yet: English, and nothing to warn about.
      expect(picker.shadowRoot!.querySelector('#type-label')!.textContent).to.equal('Node type');

      // A host in plain JavaScript, with a few words only (in TypeScript, the missing keys would not compile).
      const italian = {
        $code: 'it',
        $name: 'Italiano',
        nodeSizePicker: { 'type-label': 'Tipo di nodo', 'size-label': 'Dimensione del nodo' },
        orderStatus: { 'status-ready': 'Pronto' },
      };
      registerTranslation(italian as unknown as Translation);
      await picker.updateComplete;
      expect(picker.shadowRoot!.querySelector('#type-label')!.textContent).to.equal('Tipo di nodo');
      expect(picker.shadowRoot!.querySelector('#size-label')!.textContent).to.equal('Dimensione del nodo');
      expect(picker.shadowRoot!.querySelector('[part~="hint"]')!.textContent).to.match(/^Not sure what performance you need\?/);

      badge = await fixture(html`<order-status-badge lang="it-CH" status="ready" order-id="7"></order-status-badge>`);
      expect(textOf(badge)).to.equal('Pronto Order 7');

      registerTranslation({ $code: 'sv', $name: 'Svenska', orderStatus: { 'status-ready': 'Klar' } } as unknown as Translation);
      badge.lang = 'sv';
      await badge.updateComplete;
      expect(textOf(badge)).to.equal('Klar Order 7');
    });
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.match(/^order-widgets: the "it" translation lacks "\S+" \(nodeSizePicker\)/);
    expect(warnings[1]).to.match(/^order-widgets: the "sv" translation lacks "\S+" \(orderStatus\)/);
  });
});
