import 'axe-core/axe.min.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import * as user from '../support/input.js';
import '../../src/define.js';
import type { NodeSizePicker } from '../../src/elements/node-size-picker/node-size-picker.js';
import type { InLocale } from '../../src/core/localized-text.js';
import type { NodeSize as CatalogNodeSize, NodeType as CatalogNodeType } from '../../src/schema/catalog.js';

type NodeSize = InLocale<CatalogNodeSize>;
type NodeType = InLocale<CatalogNodeType>;
import { runFormControlSuite } from './form-control-suite.js';

// Inline data, so that prices and order do not move with the example catalog. Sizes are listed out of price order.
const TYPES: NodeType[] = [
  { id: 'general-purpose', label: 'General purpose', description: 'Balanced vCPU and memory for most workloads.' },
  { id: 'memory-optimised', label: 'Memory optimised', description: '8 GiB of memory per vCPU.' },
];
const SIZES: NodeSize[] = [
  { id: 'gp-m', nodeType: 'general-purpose', label: 'M', vcpu: 4, ramGiB: 8, monthlyPrice: '149.00' },
  { id: 'gp-s', nodeType: 'general-purpose', label: 'S', vcpu: 2, ramGiB: 4, monthlyPrice: '79.00' },
  { id: 'gp-l', nodeType: 'general-purpose', label: 'L', vcpu: 8, ramGiB: 16, monthlyPrice: '289.00', regions: ['de-west-1'] },
  { id: 'gp-xl', nodeType: 'general-purpose', label: 'XL', vcpu: 16, ramGiB: 32, monthlyPrice: '1559.50' },
  { id: 'mo-m', nodeType: 'memory-optimised', label: 'M', vcpu: 4, ramGiB: 32, monthlyPrice: '219.00' },
  { id: 'mo-l', nodeType: 'memory-optimised', label: 'L', vcpu: 8, ramGiB: 64, monthlyPrice: '419.00' },
];

interface Options {
  value?: string;
  region?: string;
  required?: boolean;
  disabled?: boolean;
  lang?: string;
  currency?: string;
}

async function picker(options: Options = {}): Promise<NodeSizePicker> {
  const wrapper = await fixture<HTMLDivElement>(html`
    <div>
      <button id="before">before</button>
      <node-size-picker
        lang=${options.lang ?? 'en'}
        .nodeTypes=${TYPES}
        .sizes=${SIZES}
        value=${options.value ?? ''}
        region=${options.region ?? ''}
        currency=${options.currency ?? 'EUR'}
        ?required=${options.required ?? false}
        ?disabled=${options.disabled ?? false}
      ></node-size-picker>
      <button id="after">after</button>
    </div>
  `);
  const el = wrapper.querySelector('node-size-picker')!;
  await el.updateComplete;
  return el;
}

const root = (el: NodeSizePicker) => el.shadowRoot!;
const radios = (el: NodeSizePicker, group: 'types' | 'sizes') => [
  ...root(el).querySelectorAll<HTMLElement>(`.${group} [role=radio]`),
];
const ids = (el: NodeSizePicker, group: 'types' | 'sizes') => radios(el, group).map((item) => item.dataset.value);
const checked = (el: NodeSizePicker, group: 'types' | 'sizes') =>
  radios(el, group)
    .filter((item) => item.getAttribute('aria-checked') === 'true')
    .map((item) => item.dataset.value);
const option = (el: NodeSizePicker, id: string) => root(el).querySelector<HTMLElement>(`[role=radio][data-value="${id}"]`)!;
const optionText = (el: NodeSizePicker, id: string) => option(el, id).textContent!.replace(/\s+/g, ' ').trim();
const focused = (el: NodeSizePicker) => (root(el).activeElement as HTMLElement | null)?.dataset.value;
const errorText = (el: NodeSizePicker) => root(el).querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim();
const sizeGroup = (el: NodeSizePicker) => root(el).querySelector<HTMLElement>('.sizes')!;

const { click } = user;

async function press(el: NodeSizePicker, key: string): Promise<void> {
  await user.press(key);
  await el.updateComplete;
}

function recordEvents(el: NodeSizePicker) {
  const events: { type: string; value: string; bubbles: boolean; composed: boolean }[] = [];
  for (const type of ['input', 'change']) {
    // Listening on the document proves that the events bubble out of the element.
    const listener = (event: Event) => {
      if (event.target === el) events.push({ type, value: el.value, bubbles: event.bubbles, composed: event.composed });
    };
    document.addEventListener(type, listener);
    after(() => document.removeEventListener(type, listener));
  }
  return events;
}

afterEach(async () => {
  await sendMouse({ type: 'move', position: [0, 0] });
  document.documentElement.removeAttribute('lang');
});

describe('<node-size-picker>', () => {
  describe('accessibility', () => {
    it('is accessible without a selection', async () => {
      await expect(await picker()).to.be.accessible();
    });

    it('is accessible with a selection', async () => {
      await expect(await picker({ value: 'mo-l' })).to.be.accessible();
    });

    it('is accessible with sizes disabled in a region', async () => {
      await expect(await picker({ region: 'de-north-1' })).to.be.accessible();
    });

    it('is accessible with the error shown', async () => {
      const el = await picker({ required: true });
      el.reportValidity();
      await el.updateComplete;
      expect(errorText(el)).to.contain('Select a node size.');
      await expect(el).to.be.accessible();
    });

    it('is accessible in German', async () => {
      await expect(await picker({ lang: 'de', value: 'gp-s' })).to.be.accessible();
    });

    it('is accessible while disabled', async () => {
      await expect(await picker({ disabled: true, value: 'gp-s' })).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('shows the first node type and its sizes cheapest first, none picked', async () => {
      const el = await picker();
      expect(el.value).to.equal('');
      expect(el.currency).to.equal('EUR');
      expect(el.region).to.equal('');
      expect(ids(el, 'types')).to.deep.equal(['general-purpose', 'memory-optimised']);
      expect(checked(el, 'types')).to.deep.equal(['general-purpose']);
      expect(ids(el, 'sizes')).to.deep.equal(['gp-s', 'gp-m', 'gp-l', 'gp-xl']);
      expect(checked(el, 'sizes')).to.deep.equal([]);
    });

    it('shows label, vCPU, RAM and the monthly price of each size', async () => {
      const el = await picker();
      expect(optionText(el, 'gp-m')).to.equal('M 4 vCPU · 8 GiB RAM €149.00 per month');
      expect(optionText(el, 'gp-xl')).to.equal('XL 16 vCPU · 32 GiB RAM €1,559.50 per month');
    });

    it('names each node type by its label and describes it by its description', async () => {
      const el = await picker();
      const type = option(el, 'memory-optimised');
      expect(root(el).getElementById(type.getAttribute('aria-labelledby')!)!.textContent).to.equal('Memory optimised');
      expect(root(el).getElementById(type.getAttribute('aria-describedby')!)!.textContent).to.equal('8 GiB of memory per vCPU.');
    });

    it('shows the sizing advice as a hint that describes the size group', async () => {
      const el = await picker();
      const hint = root(el).querySelector('[part~="hint"]')!;
      expect(hint.textContent).to.equal(
        'Not sure what performance you need? Start with the smallest node and scale up later if necessary.',
      );
      expect(sizeGroup(el).getAttribute('aria-describedby')).to.equal(hint.id);
    });

    it('shows no error on first paint, even when required and empty', async () => {
      const el = await picker({ required: true });
      expect(el.validity.valueMissing).to.be.true;
      expect(errorText(el)).to.equal(undefined);
      expect(sizeGroup(el).getAttribute('aria-invalid')).to.equal('false');
      expect(sizeGroup(el).getAttribute('aria-required')).to.equal('true');
    });

    it('says so when there are no sizes', async () => {
      const el = await fixture<NodeSizePicker>(html`<node-size-picker></node-size-picker>`);
      expect(root(el).textContent).to.contain('No node sizes are available.');
      expect(radios(el, 'types')).to.have.length(0);
    });
  });

  describe('properties and attributes', () => {
    it('selects the type and size the value attribute names', async () => {
      const el = await picker({ value: 'mo-l' });
      expect(checked(el, 'types')).to.deep.equal(['memory-optimised']);
      expect(ids(el, 'sizes')).to.deep.equal(['mo-m', 'mo-l']);
      expect(checked(el, 'sizes')).to.deep.equal(['mo-l']);
    });

    it('moves the type group when the host sets a value of another type', async () => {
      const el = await picker({ value: 'gp-s' });
      el.value = 'mo-m';
      await el.updateComplete;
      expect(checked(el, 'types')).to.deep.equal(['memory-optimised']);
      expect(checked(el, 'sizes')).to.deep.equal(['mo-m']);
      el.value = '';
      await el.updateComplete;
      expect(checked(el, 'types')).to.deep.equal(['memory-optimised']);
      expect(checked(el, 'sizes')).to.deep.equal([]);
    });

    it('keeps a value that arrives before the sizes and shows it once they do', async () => {
      const el = await fixture<NodeSizePicker>(html`<node-size-picker value="mo-l"></node-size-picker>`);
      expect(el.value).to.equal('mo-l');
      el.nodeTypes = TYPES;
      el.sizes = SIZES;
      await el.updateComplete;
      expect(checked(el, 'types')).to.deep.equal(['memory-optimised']);
      expect(checked(el, 'sizes')).to.deep.equal(['mo-l']);
    });

    it('disables the sizes a region does not offer and says why', async () => {
      const el = await picker({ region: 'de-north-1' });
      expect(option(el, 'gp-l').getAttribute('aria-disabled')).to.equal('true');
      expect(optionText(el, 'gp-l')).to.contain('Not offered in this region');
      expect(option(el, 'gp-m').getAttribute('aria-disabled')).to.equal('false');
      expect(optionText(el, 'gp-m')).not.to.contain('Not offered');
      el.region = 'de-west-1';
      await el.updateComplete;
      expect(option(el, 'gp-l').getAttribute('aria-disabled')).to.equal('false');
      expect(optionText(el, 'gp-l')).not.to.contain('Not offered');
    });

    it('is invalid, with the reason, while its value is not offered in the region', async () => {
      const el = await picker({ value: 'gp-l', region: 'de-north-1' });
      expect(el.checkValidity()).to.be.false;
      expect(el.validity.customError).to.be.true;
      expect(el.validationMessage).to.equal('The size L is not offered in this region. Select another size.');
      el.region = 'de-west-1';
      await el.updateComplete;
      expect(el.checkValidity()).to.be.true;
    });

    const prices: [string, string, string, string][] = [
      ['en', 'EUR', 'gp-xl', '€1,559.50 per month'],
      ['de', 'EUR', 'gp-xl', '1.559,50\u00a0€ pro Monat'],
      ['en', 'USD', 'gp-m', '$149.00 per month'],
      ['de', 'CHF', 'gp-m', '149,00\u00a0CHF pro Monat'],
    ];
    for (const [lang, currency, id, text] of prices) {
      it(`formats prices in ${currency} for "${lang}": ${text}`, async () => {
        const el = await picker({ lang, currency });
        expect(option(el, id).querySelector('.price')!.textContent).to.equal(text);
      });
    }

    it('shows an unknown currency code as given instead of failing', async () => {
      const el = await picker({ currency: 'euro' });
      expect(option(el, 'gp-s').querySelector('.price')!.textContent).to.equal('79.00 euro per month');
    });

    it('speaks German with lang="de", also from an ancestor, and follows lang changes', async () => {
      const el = await picker({ lang: 'de' });
      expect(root(el).querySelector('#type-label')!.textContent).to.equal('Knotentyp');
      expect(root(el).querySelector('#size-label')!.textContent).to.equal('Knotengröße');
      expect(optionText(el, 'gp-m')).to.equal('M 4 vCPU · 8 GiB RAM 149,00 € pro Monat');
      el.removeAttribute('lang');
      el.parentElement!.setAttribute('lang', 'de-AT');
      await el.updateComplete;
      expect(root(el).querySelector('#size-label')!.textContent).to.equal('Knotengröße');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(root(el).querySelector('#size-label')!.textContent).to.equal('Node size');
    });

    it('takes message overrides', async () => {
      const el = await picker();
      el.messages = { hint: 'Ask us if unsure.' };
      await el.updateComplete;
      expect(root(el).querySelector('[part~="hint"]')!.textContent).to.equal('Ask us if unsure.');
    });

    it('accepts node types and sizes as JSON attributes; invalid JSON gives an empty list', async () => {
      const el = await fixture<NodeSizePicker>(html`
        <node-size-picker node-types=${JSON.stringify(TYPES)} sizes=${JSON.stringify(SIZES)} value="mo-m"></node-size-picker>
      `);
      expect(checked(el, 'types')).to.deep.equal(['memory-optimised']);
      expect(checked(el, 'sizes')).to.deep.equal(['mo-m']);
      el.setAttribute('sizes', '{not json');
      await el.updateComplete;
      expect(el.sizes).to.deep.equal([]);
      expect(radios(el, 'sizes')).to.have.length(0);
    });
  });

  describe('keyboard', () => {
    it('tabs into the type group, where the arrows change the type', async () => {
      const el = await picker();
      el.parentElement!.querySelector<HTMLElement>('#before')!.focus();
      await press(el, 'Tab');
      expect(focused(el)).to.equal('general-purpose');
      await press(el, 'ArrowRight');
      expect(focused(el)).to.equal('memory-optimised');
      expect(checked(el, 'types')).to.deep.equal(['memory-optimised']);
      expect(ids(el, 'sizes')).to.deep.equal(['mo-m', 'mo-l']);
      await press(el, 'ArrowDown');
      expect(checked(el, 'types')).to.deep.equal(['general-purpose']);
      expect(el.value).to.equal('');
    });

    it('tabs on into the size group, where arrows, Home and End pick sizes and skip disabled ones', async () => {
      const el = await picker({ region: 'de-north-1' });
      el.parentElement!.querySelector<HTMLElement>('#before')!.focus();
      await press(el, 'Tab');
      await press(el, 'Tab');
      expect(focused(el)).to.equal('gp-s');
      const path: string[] = [];
      for (const key of ['ArrowDown', 'ArrowDown', 'ArrowUp', 'End', 'Home', 'ArrowLeft']) {
        await press(el, key);
        path.push(`${key}:${focused(el)}=${el.value}`);
      }
      // gp-l is not offered in de-north-1.
      expect(path).to.deep.equal([
        'ArrowDown:gp-m=gp-m',
        'ArrowDown:gp-xl=gp-xl',
        'ArrowUp:gp-m=gp-m',
        'End:gp-xl=gp-xl',
        'Home:gp-s=gp-s',
        'ArrowLeft:gp-xl=gp-xl',
      ]);
      await press(el, 'Tab');
      expect(document.activeElement!.id).to.equal('after');
    });

    it('gives the size tab stop to the picked size', async () => {
      const el = await picker({ value: 'gp-l' });
      el.parentElement!.querySelector<HTMLElement>('#before')!.focus();
      await press(el, 'Tab');
      expect(focused(el)).to.equal('general-purpose');
      await press(el, 'Tab');
      expect(focused(el)).to.equal('gp-l');
    });

    it('focus() goes to the checked size, else the first size offered, else the type group', async () => {
      const el = await picker({ value: 'mo-l' });
      el.focus();
      expect(focused(el)).to.equal('mo-l');
      const fresh = await picker({ region: 'de-north-1' });
      fresh.focus();
      expect(focused(fresh)).to.equal('gp-s');
      await press(fresh, 'ArrowDown');
      await press(fresh, 'Space');
      expect(fresh.value).to.equal('gp-m');
      fresh.region = 'nowhere';
      fresh.sizes = [{ id: 'x', nodeType: 'general-purpose', vcpu: 1, ramGiB: 1, monthlyPrice: '1.00', regions: ['de-west-1'] }];
      await fresh.updateComplete;
      fresh.focus();
      expect(focused(fresh)).to.equal('general-purpose');
    });

    for (const key of ['Space', 'Enter']) {
      it(`picks the focused size with ${key}`, async () => {
        const el = await picker();
        option(el, 'gp-s').focus();
        expect(el.value).to.equal('');
        await press(el, key);
        expect(el.value).to.equal('gp-s');
        expect(checked(el, 'sizes')).to.deep.equal(['gp-s']);
      });
    }

    it('is skipped by Tab while disabled', async () => {
      const el = await picker({ disabled: true, value: 'gp-s' });
      el.parentElement!.querySelector<HTMLElement>('#before')!.focus();
      await press(el, 'Tab');
      expect(document.activeElement!.id).to.equal('after');
    });
  });

  describe('clicks', () => {
    it('picks a size and a type by click', async () => {
      const el = await picker();
      await click(option(el, 'gp-m'));
      await el.updateComplete;
      expect(el.value).to.equal('gp-m');
      expect(checked(el, 'sizes')).to.deep.equal(['gp-m']);
      await click(option(el, 'memory-optimised'));
      await el.updateComplete;
      expect(checked(el, 'types')).to.deep.equal(['memory-optimised']);
      expect(el.value).to.equal('');
      await click(option(el, 'mo-l'));
      await el.updateComplete;
      expect(el.value).to.equal('mo-l');
    });

    it('ignores clicks on a size the region does not offer, and on a disabled picker', async () => {
      const el = await picker({ region: 'de-north-1' });
      await click(option(el, 'gp-l'));
      await el.updateComplete;
      expect(el.value).to.equal('');
      el.disabled = true;
      await el.updateComplete;
      await click(option(el, 'gp-m'));
      await click(option(el, 'memory-optimised'));
      await el.updateComplete;
      expect(el.value).to.equal('');
      expect(checked(el, 'types')).to.deep.equal(['general-purpose']);
    });
  });

  describe('events', () => {
    it('fires input and change (bubbling, composed) when the user picks a size', async () => {
      const el = await picker();
      const events = recordEvents(el);
      await click(option(el, 'gp-xl'));
      expect(events).to.deep.equal([
        { type: 'input', value: 'gp-xl', bubbles: true, composed: true },
        { type: 'change', value: 'gp-xl', bubbles: true, composed: true },
      ]);
    });

    it('fires them for keyboard picks too', async () => {
      const el = await picker({ value: 'gp-s' });
      const events = recordEvents(el);
      option(el, 'gp-s').focus();
      await press(el, 'ArrowDown');
      expect(events.map((event) => `${event.type}:${event.value}`)).to.deep.equal(['input:gp-m', 'change:gp-m']);
    });

    it('fires them when picking another type clears the value', async () => {
      const el = await picker({ value: 'gp-s' });
      const events = recordEvents(el);
      await click(option(el, 'memory-optimised'));
      expect(events.map((event) => `${event.type}:${event.value}`)).to.deep.equal(['input:', 'change:']);
    });

    it('fires nothing when the host sets the value, or the user picks the size already picked', async () => {
      const el = await picker({ value: 'gp-s' });
      const events = recordEvents(el);
      el.value = 'mo-m';
      await el.updateComplete;
      el.setAttribute('value', 'gp-m');
      await el.updateComplete;
      await click(option(el, 'gp-m'));
      await click(option(el, 'general-purpose'));
      await el.updateComplete;
      expect(el.value).to.equal('gp-m');
      expect(events).to.deep.equal([]);
    });
  });

  describe('errors', () => {
    it('shows the required error once focus leaves, linked after the hint, with a hidden "Error:" prefix', async () => {
      const el = await picker({ required: true });
      option(el, 'general-purpose').focus();
      await press(el, 'Tab');
      expect(errorText(el)).to.equal(undefined);
      await press(el, 'Tab');
      const error = root(el).querySelector('[part~="error"]')!;
      expect(errorText(el)).to.equal('Error: Select a node size.');
      expect(error.querySelector('.visually-hidden')!.textContent).to.equal('Error: ');
      expect(sizeGroup(el).getAttribute('aria-describedby')).to.equal(`hint ${error.id}`);
      expect(sizeGroup(el).getAttribute('aria-invalid')).to.equal('true');
      await click(option(el, 'gp-s'));
      await el.updateComplete;
      expect(errorText(el)).to.equal(undefined);
      expect(sizeGroup(el).getAttribute('aria-invalid')).to.equal('false');
    });

    it('shows the region error in German after a submit attempt', async () => {
      const el = await picker({ lang: 'de', value: 'gp-l', region: 'de-north-1' });
      expect(errorText(el)).to.equal(undefined);
      expect(el.reportValidity()).to.be.false;
      await el.updateComplete;
      // It points the user at the size group: its tab stop, the first size offered here, gets the focus.
      expect(focused(el)).to.equal('gp-s');
      expect(errorText(el)).to.equal(
        'Fehler: Die Größe L wird in dieser Region nicht angeboten. Wählen Sie eine andere Größe aus.',
      );
    });
  });

  describe('forms', () => {
    it('goes back to its value attribute on form reset, like a native input', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form><node-size-picker name="size" value="mo-m" .nodeTypes=${TYPES} .sizes=${SIZES}></node-size-picker></form>
      `);
      const el = form.querySelector('node-size-picker')!;
      await el.updateComplete;
      await click(option(el, 'general-purpose'));
      await click(option(el, 'gp-xl'));
      expect(new FormData(form).get('size')).to.equal('gp-xl');
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('mo-m');
      expect(checked(el, 'types')).to.deep.equal(['memory-optimised']);
      expect(new FormData(form).get('size')).to.equal('mo-m');
    });
  });

  runFormControlSuite<NodeSizePicker>({
    tag: 'node-size-picker',
    configure(element) {
      element.nodeTypes = TYPES;
      element.sizes = SIZES;
    },
    async setValue(element) {
      // A user cannot pick while the picker is disabled (e.g. by its fieldset): the host sets the value then.
      if (element.matches(':disabled')) element.value = 'gp-m';
      else await click(option(element, 'gp-m'));
      return ['gp-m'];
    },
    readValue: (element) => (element.value ? [element.value] : []),
  });
});
