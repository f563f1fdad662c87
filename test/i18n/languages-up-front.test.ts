// German imported up front, as a host that wants no extra request does; new words for it; the Translation type.
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { de } from '../../src/translations/de.js';
import '../../src/define.js';
import { orderWizardMessagesEn } from '../../src/i18n/order-wizard.messages.js';
import { messageTemplate, registerTranslation, translationLoaders, type Translation } from '../../src/i18n/translations.js';
import type { NodeSize, NodeType } from '../../src/schema/catalog.js';

const TYPES: NodeType[] = [{ id: 'general-purpose', label: 'General purpose' }];
const SIZES: NodeSize[] = [{ id: 'gp-s', nodeType: 'general-purpose', label: 'S', vcpu: 2, ramGiB: 4, monthlyPrice: '79.00' }];

const textOf = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

let loads = 0;
for (const [code, load] of Object.entries(translationLoaders)) {
  translationLoaders[code] = () => {
    loads += 1;
    return load();
  };
}

describe('German imported up front (order-widgets/translations/de)', () => {
  it('loads nothing on demand, and every element renders German from its first render on', async () => {
    const elements = [
      Object.assign(document.createElement('order-status-badge'), { status: 'provisioning', orderId: '7' }),
      Object.assign(document.createElement('node-size-picker'), { nodeTypes: TYPES, sizes: SIZES }),
      document.createElement('trusted-sources-editor'),
      Object.assign(document.createElement('order-wizard'), { persist: 'none' }),
    ];
    const first = new Map<LitElement, string>();
    for (const el of elements) {
      el.addController({ hostUpdated: () => first.has(el) || first.set(el, textOf(el)) });
      el.lang = 'de';
    }
    const page = document.createElement('div');
    page.append(...elements);
    document.body.append(page);
    try {
      await Promise.all(elements.map((el) => el.updateComplete));
      const german = ['Wird bereitgestellt', 'Knotentyp', 'Vertrauenswürdige Quellen', 'Wählen Sie den Dienst'];
      expect(elements.map((el, index) => first.get(el)?.includes(german[index]!))).to.deep.equal([true, true, true, true]);
      expect(loads).to.equal(0);
    } finally {
      page.remove();
    }
  });

  it('takes new words for German, registered again with the words changed; elements on the page follow at once', async () => {
    const picker = await fixture<HTMLElementTagNameMap['node-size-picker']>(
      html`<node-size-picker lang="de" .nodeTypes=${TYPES} .sizes=${SIZES}></node-size-picker>`,
    );
    const editor = await fixture<HTMLElementTagNameMap['trusted-sources-editor']>(
      html`<trusted-sources-editor lang="de" .sources=${[{ cidr: '203.0.113.0/24' }]}></trusted-sources-editor>`,
    );
    expect(picker.shadowRoot!.querySelector('#type-label')!.textContent).to.equal('Knotentyp');
    expect(textOf(editor)).to.include('Umfasst 256 Adressen');
    try {
      registerTranslation({
        ...de,
        nodeSizePicker: { ...de.nodeSizePicker, 'type-label': 'Knotenart' },
        trustedSourcesEditor: { ...de.trustedSourcesEditor, covers: { one: '{count} Adresse', other: '{count} Adressen' } },
      });
      await Promise.all([picker.updateComplete, editor.updateComplete]);
      expect(picker.shadowRoot!.querySelector('#type-label')!.textContent).to.equal('Knotenart');
      // The editor's rows too, which render again only when their words change.
      expect(textOf(editor)).to.include('256 Adressen').and.not.to.include('Umfasst');
    } finally {
      registerTranslation(de);
    }
  });
});

describe('the Translation type', () => {
  it('makes a missing key, an unknown key or plain text where English has plural forms a type error (npm run typecheck)', () => {
    const { next: _next, ...withoutNext } = de.orderWizard;
    const swiss: Translation = { ...de, $code: 'gsw', $name: 'Schwiizertüütsch', orderWizard: { ...withoutNext, next: 'Wiiter' } };
    // @ts-expect-error: the wizard's "next" is missing.
    const missing: Translation = { ...swiss, orderWizard: withoutNext };
    // @ts-expect-error: "nxet" is no message of the wizard.
    const misspelt: Translation = { ...swiss, orderWizard: { ...swiss.orderWizard, nxet: 'Wiiter' } };
    // @ts-expect-error: "covers" has plural forms in English, so it needs them in every language.
    const singular: Translation = { ...swiss, trustedSourcesEditor: { ...swiss.trustedSourcesEditor, covers: 'Umfasst Adressen' } };
    expect([misspelt.$code, singular.$code]).to.deep.equal(['gsw', 'gsw']);

    // At run time, the missing key falls back to English; the others are the translation's.
    const original = console.warn;
    console.warn = () => {};
    try {
      registerTranslation(missing);
      expect(messageTemplate('gsw', 'orderWizard', orderWizardMessagesEn, 'next')).to.equal('Next');
      expect(messageTemplate('gsw', 'orderWizard', orderWizardMessagesEn, 'back')).to.equal('Zurück');
    } finally {
      console.warn = original;
    }
  });
});
