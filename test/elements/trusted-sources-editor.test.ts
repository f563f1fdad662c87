import 'axe-core/axe.min.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as user from '../support/input.js';
import '../../src/define.js';
import type { TrustedSourcesEditor } from '../../src/elements/trusted-sources-editor/trusted-sources-editor.js';
import { parseTrustedSource } from '../../src/core/trusted-sources.js';
import { formatTrustedSourceMessage } from '../../src/i18n/trusted-sources.messages.js';
import { runFormControlSuite } from './form-control-suite.js';

const SEED = [{ cidr: '123.123.123.123/32' }, { cidr: '222.222.222.128/28', label: 'Office' }];

const $ = <T extends Element = HTMLElement>(el: TrustedSourcesEditor, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector) as T | null;
const $$ = <T extends Element = HTMLElement>(el: TrustedSourcesEditor, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T & Element>(selector),
] as T[];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const newAddress = (el: TrustedSourcesEditor) => $<HTMLInputElement>(el, '#new-address')!;
const addresses = (el: TrustedSourcesEditor) => $$<HTMLInputElement>(el, 'input.address');
const rowValues = (el: TrustedSourcesEditor) => addresses(el).map((input) => input.value);
const rows = (el: TrustedSourcesEditor) => $$(el, '[part~="row"]');
const row = (el: TrustedSourcesEditor, index: number) => rows(el)[index]!;
const errors = (node: Element | ShadowRoot) => [...node.querySelectorAll('[part~="error"]')].map(text);
const notes = (node: Element) => [...node.querySelectorAll('.note, .warning')].map(text);
const announced = (el: TrustedSourcesEditor) => text($(el, '[role="status"]'));
const focused = (el: TrustedSourcesEditor) => el.shadowRoot!.activeElement;
const engine = (input: string, locale: 'en' | 'de' = 'en') => {
  const result = parseTrustedSource(input);
  if (result.ok) throw new Error(`${input} is valid`);
  return formatTrustedSourceMessage(result.code, result.params, locale);
};

async function editor(template = html`<trusted-sources-editor></trusted-sources-editor>`) {
  const el = await fixture<TrustedSourcesEditor>(template);
  await el.updateComplete;
  return el;
}

async function settle(el: TrustedSourcesEditor) {
  await el.updateComplete;
  await el.updateComplete;
}

/** Types into the new-address field with real keys and presses Enter. */
async function add(el: TrustedSourcesEditor, typed: string) {
  newAddress(el).focus();
  await user.type(typed);
  await user.press('Enter');
  await settle(el);
}

/** Replaces a row's address with real keys, then commits it with `commit` (Enter or Tab). */
async function retype(el: TrustedSourcesEditor, index: number, typed: string, commit: 'Enter' | 'Tab' | 'none' = 'Enter') {
  const input = addresses(el)[index]!;
  input.focus();
  input.select();
  await user.press('Backspace');
  if (typed) await user.type(typed);
  if (commit !== 'none') await user.press(commit);
  await settle(el);
}

/** Pastes `pasted` into the new-address field for real (Ctrl+V); answers the paste event. */
function paste(el: TrustedSourcesEditor, pasted: string) {
  return user.paste(newAddress(el), pasted);
}

/** A resolver the test settles by hand. */
function resolver() {
  let settleCall: { resolve(value: string): void; reject(reason: unknown): void } | undefined;
  let calls = 0;
  const resolveClientAddress = () => {
    calls++;
    return new Promise<string>((resolve, reject) => (settleCall = { resolve, reject }));
  };
  return {
    resolveClientAddress,
    get calls() {
      return calls;
    },
    resolve: (value: string) => settleCall!.resolve(value),
    reject: (reason: unknown) => settleCall!.reject(reason),
  };
}

afterEach(() => {
  document.documentElement.removeAttribute('lang');
});

describe('<trusted-sources-editor>', () => {
  describe('accessibility', () => {
    it('is accessible when empty', async () => {
      const el = await editor();
      await expect(el).to.be.accessible();
    });

    it('is accessible with rows, notes, warnings and "Add my IP"', async () => {
      const el = await editor(html`<trusted-sources-editor .resolveClientAddress=${async () => '203.0.113.7'}></trusted-sources-editor>`);
      el.sources = [...SEED, { cidr: '10.0.0.1' }, { cidr: '10.0.0.0/8' }];
      await el.updateComplete;
      expect(notes(row(el, 2)).length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('is accessible with errors shown', async () => {
      const el = await editor(html`<trusted-sources-editor required></trusted-sources-editor>`);
      await add(el, '999.1.1.1/8');
      await add(el, '8.8.8.8');
      await add(el, '9.9.9.9');
      await retype(el, 2, '8.8.8.8/32 ');
      el.reportValidity();
      await el.updateComplete;
      expect(errors(el.shadowRoot!).length).to.equal(3);
      await expect(el).to.be.accessible();
    });

    it('is accessible with the whole-internet confirmation unconfirmed, shown as an error', async () => {
      const el = await editor(html`<trusted-sources-editor .rules=${{ allowAnyAddress: true }}></trusted-sources-editor>`);
      await add(el, '0.0.0.0/0');
      expect($(el, '#confirm')!.getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('is accessible in German, with errors', async () => {
      const el = await editor(html`<trusted-sources-editor lang="de" required></trusted-sources-editor>`);
      await add(el, '127.1');
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('starts empty, valid, with a legend, the hint and no "Add my IP"', async () => {
      const el = await editor();
      expect(el.sources).to.deep.equal([]);
      expect(el.value).to.deep.equal([]);
      expect(el.checkValidity()).to.equal(true);
      expect(text($(el, 'legend'))).to.equal('Trusted sources');
      expect(text($(el, '[part~="hint"]'))).to.include('An IP address or a range in CIDR notation, e.g. 123.123.123.123/32 or 222.222.222.128/28');
      expect(text($(el, '.empty'))).to.equal('No trusted sources yet: all access to the service stays blocked.');
      expect($(el, '.my-ip')).to.equal(null);
      expect(rows(el)).to.have.length(0);
    });

    it('shows no error on first paint, even required and empty or with an invalid entry', async () => {
      const el = await editor(html`<trusted-sources-editor required></trusted-sources-editor>`);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal('All access stays blocked until you add at least one trusted source.');
      expect(errors(el.shadowRoot!)).to.deep.equal([]);
      expect($(el, '[aria-invalid]')).to.equal(null);
      el.value = ['999.1.1.1/8', '8.8.8.8', '8.8.8.8/32'];
      await el.updateComplete;
      expect(el.validity.customError).to.equal(true);
      expect(errors(el.shadowRoot!)).to.deep.equal([]);
      expect($(el, '[aria-invalid]')).to.equal(null);
      expect(rowValues(el)).to.deep.equal(['999.1.1.1/8', '8.8.8.8/32', '8.8.8.8/32']);
    });

    it('shows the "required" reason after a submit attempt, linked after the hint, with a hidden "Error:" prefix', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><trusted-sources-editor name="sources" required></trusted-sources-editor></form>`);
      const el = form.querySelector('trusted-sources-editor')!;
      form.requestSubmit();
      await el.updateComplete;
      const error = $(el, '[part~="error"]')!;
      expect(text(error)).to.equal('Error: All access stays blocked until you add at least one trusted source.');
      expect(text(error.querySelector('.visually-hidden'))).to.equal('Error:');
      expect(newAddress(el).getAttribute('aria-describedby')).to.equal(`hint ${error.id}`);
      expect($(el, '.empty')).to.equal(null);
    });
  });

  describe('properties and attributes', () => {
    it('newAddress is the new-address field\'s text as typed, spaces included; setting it fills the field', async () => {
      const el = await editor();
      expect(el.newAddress).to.equal('');
      newAddress(el).focus();
      await user.type(' 9.9.9.');
      expect(el.newAddress).to.equal(' 9.9.9.');
      const again = await editor(html`<trusted-sources-editor .newAddress=${' 9.9.9.'}></trusted-sources-editor>`);
      expect(newAddress(again).value).to.equal(' 9.9.9.');
      // Set so, it is typed but not added like any other text: the editor is invalid, says why, and Add takes it.
      expect(again.checkValidity()).to.equal(false);
      expect(again.validationMessage).to.equal('9.9.9. has not been added yet: press Add, or clear the field.');
      newAddress(again).focus();
      await user.press('End');
      await user.type('9');
      await user.press('Enter');
      await settle(again);
      expect([again.newAddress, newAddress(again).value, again.value]).to.deep.equal(['', '', ['9.9.9.9/32']]);
      expect(again.checkValidity()).to.equal(true);
    });

    it('shows sources set by the host as rows: canonical, labelled, with their address count', async () => {
      const el = await editor();
      el.sources = [{ cidr: '123.123.123.123/32' }, { cidr: '222.222.222.130/28', label: 'Office' }, { cidr: '10.0.0.0/8' }];
      await el.updateComplete;
      expect(rowValues(el)).to.deep.equal(['123.123.123.123/32', '222.222.222.128/28', '10.0.0.0/8']);
      expect($$<HTMLInputElement>(el, 'input.label').map((i) => i.value)).to.deep.equal(['', 'Office', '']);
      expect(rows(el).map((r) => text(r.querySelector('.meta')))).to.deep.equal([
        'Covers 1 address',
        'Covers 16 addresses',
        'Covers 16,777,216 addresses',
      ]);
      expect(notes(row(el, 1))).to.deep.equal([
        'Note: 222.222.222.130/28 was stored as 222.222.222.128/28: a range is written with its first address, and 222.222.222.128/28 is the range that contains 222.222.222.130/28.',
      ]);
      expect(el.sources).to.deep.equal([
        { cidr: '123.123.123.123/32' },
        { cidr: '222.222.222.128/28', label: 'Office' },
        { cidr: '10.0.0.0/8' },
      ]);
      expect(el.value).to.deep.equal(['123.123.123.123/32', '222.222.222.128/28', '10.0.0.0/8']);
    });

    it('replaces the rows when value is set, keeping invalid entries visible but out of the value', async () => {
      const el = await editor();
      el.sources = SEED;
      el.value = ['8.8.8.8', '1.2.3.4/33'];
      await el.updateComplete;
      expect(rowValues(el)).to.deep.equal(['8.8.8.8/32', '1.2.3.4/33']);
      expect(el.value).to.deep.equal(['8.8.8.8/32']);
      el.value = '1.1.1.1, 2.2.2.2';
      await el.updateComplete;
      expect(el.value).to.deep.equal(['1.1.1.1/32', '2.2.2.2/32']);
    });

    it('gives every row as typed through entries: invalid ones and text not committed yet included', async () => {
      const el = await editor();
      await add(el, '8.8.8.8');
      await add(el, '999.1.1.1');
      $$<HTMLInputElement>(el, 'input.label')[1]!.focus();
      await user.type('Lab ');
      await retype(el, 0, '10.0.0.1', 'none');
      expect(el.entries).to.deep.equal([{ address: '10.0.0.1' }, { address: '999.1.1.1', label: 'Lab ' }]);
      expect(el.sources).to.deep.equal([{ cidr: '10.0.0.1/32' }]);
      await user.press('Enter');
      await settle(el);
      expect(el.entries).to.deep.equal([{ address: '10.0.0.1/32' }, { address: '999.1.1.1', label: 'Lab ' }]);
    });

    it('replaces the rows when entries is set, showing the reasons of invalid ones at once', async () => {
      const el = await editor(html`<trusted-sources-editor required></trusted-sources-editor>`);
      el.entries = [{ address: '8.8.8.8', label: 'DNS' }, { address: '999.1.1.1' }];
      await el.updateComplete;
      expect(rowValues(el)).to.deep.equal(['8.8.8.8/32', '999.1.1.1']);
      expect($$<HTMLInputElement>(el, 'input.label').map((i) => i.value)).to.deep.equal(['DNS', '']);
      expect(errors(row(el, 1))).to.deep.equal([`Error: ${engine('999.1.1.1')}`]);
      expect(addresses(el)[1]!.getAttribute('aria-invalid')).to.equal('true');
      expect(el.value).to.deep.equal(['8.8.8.8/32']);
      expect(el.entries).to.deep.equal([{ address: '8.8.8.8/32', label: 'DNS' }, { address: '999.1.1.1' }]);
      el.entries = [{ address: '9.9.9.9' }];
      await el.updateComplete;
      expect(rowValues(el)).to.deep.equal(['9.9.9.9/32']);
    });

    it('an entries list without errors shows none on first paint', async () => {
      const el = await editor(html`<trusted-sources-editor required .entries=${[{ address: '8.8.8.8' }]}></trusted-sources-editor>`);
      expect(rowValues(el)).to.deep.equal(['8.8.8.8/32']);
      expect(errors(el.shadowRoot!)).to.deep.equal([]);
    });

    it('reads its default list from the value attribute', async () => {
      const el = await editor(html`<trusted-sources-editor value="123.123.123.123/32 222.222.222.128/28"></trusted-sources-editor>`);
      expect(el.value).to.deep.equal(['123.123.123.123/32', '222.222.222.128/28']);
      expect(el.defaultValue).to.equal('123.123.123.123/32 222.222.222.128/28');
    });

    it('reads rules from the JSON attribute and the property', async () => {
      const el = await editor(html`<trusted-sources-editor rules='{"allowIpv6":false}'></trusted-sources-editor>`);
      expect(el.rules).to.deep.equal({ allowIpv6: false });
      el.value = ['2001:db8::/48'];
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(false);
      el.rules = { allowIpv6: true };
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(true);
    });

    it('takes its language from lang, an ancestor or the document', async () => {
      const el = await editor(html`<trusted-sources-editor lang="de" .sources=${[{ cidr: '10.0.0.0/8' }]}></trusted-sources-editor>`);
      expect(text($(el, 'legend'))).to.equal('Vertrauenswürdige Quellen');
      expect(text(row(el, 0).querySelector('.meta'))).to.equal('Umfasst 16.777.216 Adressen');
      expect(addresses(el)[0]!.getAttribute('aria-label')).to.equal('Adresse, Eintrag 1');
      el.removeAttribute('lang');
      document.documentElement.lang = 'de-AT';
      await waitUntil(() => text($(el, 'legend')) === 'Vertrauenswürdige Quellen');
      document.documentElement.lang = 'en';
      await waitUntil(() => text($(el, 'legend')) === 'Trusted sources');
      const wrapper = await fixture(html`<div lang="de"><trusted-sources-editor></trusted-sources-editor></div>`);
      const inner = wrapper.querySelector('trusted-sources-editor')!;
      await inner.updateComplete;
      expect(text($(inner, 'legend'))).to.equal('Vertrauenswürdige Quellen');
    });

    it('lets the host override its own messages', async () => {
      const el = await editor(html`<trusted-sources-editor .messages=${{ legend: 'Allowed networks' }}></trusted-sources-editor>`);
      expect(text($(el, 'legend'))).to.equal('Allowed networks');
    });

    it('labels each row for screen readers', async () => {
      const el = await editor();
      el.sources = SEED;
      await el.updateComplete;
      expect($(el, 'ul')!.getAttribute('aria-labelledby')).to.equal('legend');
      expect(addresses(el).map((i) => i.getAttribute('aria-label'))).to.deep.equal(['Address, row 1', 'Address, row 2']);
      expect($$(el, 'input.label').map((i) => i.getAttribute('aria-label'))).to.deep.equal(['Label, row 1', 'Label, row 2']);
      expect($$(el, 'button.remove').map((b) => b.getAttribute('aria-label'))).to.deep.equal([
        'Remove 123.123.123.123/32',
        'Remove 222.222.222.128/28',
      ]);
    });

    it('disables every control while disabled', async () => {
      const el = await editor(html`<trusted-sources-editor disabled .sources=${SEED}></trusted-sources-editor>`);
      const controls = $$<HTMLInputElement | HTMLButtonElement>(el, 'input, button');
      expect(controls.length).to.be.greaterThan(4);
      expect(controls.every((c) => c.matches(':disabled'))).to.equal(true);
    });
  });

  describe('keyboard', () => {
    it('adds a typed address on Enter, focuses its row and announces it', async () => {
      const el = await editor();
      await add(el, '123.123.123.123/32');
      expect(rowValues(el)).to.deep.equal(['123.123.123.123/32']);
      expect(focused(el)).to.equal(addresses(el)[0]);
      expect(newAddress(el).value).to.equal('');
      expect(announced(el)).to.equal('123.123.123.123/32 added. 1 trusted source.');
      await add(el, '222.222.222.128/28');
      expect(focused(el)).to.equal(addresses(el)[1]);
      expect(announced(el)).to.equal('222.222.222.128/28 added. 2 trusted sources.');
    });

    it('adds with the Add button, pressed with Space', async () => {
      const el = await editor();
      newAddress(el).focus();
      await user.type('8.8.8.8/32');
      await user.press('Tab');
      expect(focused(el)).to.equal($(el, '.add-button'));
      await user.press('Space');
      await settle(el);
      expect(rowValues(el)).to.deep.equal(['8.8.8.8/32']);
    });

    it('says what to enter when Add is pressed with nothing typed, and adds nothing', async () => {
      const el = await editor();
      await add(el, '');
      expect(rows(el)).to.have.length(0);
      expect(errors(el.shadowRoot!)).to.deep.equal([`Error: ${engine('')}`]);
      expect(newAddress(el).getAttribute('aria-invalid')).to.equal('true');
      await user.type('1');
      await el.updateComplete;
      expect(newAddress(el).hasAttribute('aria-invalid')).to.equal(false);
    });

    it('removes a row with Enter on its remove button and focuses the next row', async () => {
      const el = await editor();
      el.sources = [{ cidr: '1.1.1.1/32' }, { cidr: '2.2.2.2/32' }, { cidr: '3.3.3.3/32' }];
      await el.updateComplete;
      addresses(el)[1]!.focus();
      await user.press('Tab');
      await user.press('Tab');
      expect(focused(el)?.getAttribute('aria-label')).to.equal('Remove 2.2.2.2/32');
      await user.press('Enter');
      await settle(el);
      expect(rowValues(el)).to.deep.equal(['1.1.1.1/32', '3.3.3.3/32']);
      expect(focused(el)).to.equal(addresses(el)[1]);
      expect(announced(el)).to.equal('2.2.2.2/32 removed. 2 trusted sources.');
    });

    it('focuses the previous row after removing the last one, and the new-address field after removing the only one', async () => {
      const el = await editor();
      el.sources = [{ cidr: '1.1.1.1/32' }, { cidr: '2.2.2.2/32' }];
      await el.updateComplete;
      $$(el, 'button.remove')[1]!.focus();
      await user.press('Space');
      await settle(el);
      expect(focused(el)).to.equal(addresses(el)[0]);
      $$(el, 'button.remove')[0]!.focus();
      await user.press('Enter');
      await settle(el);
      expect(rows(el)).to.have.length(0);
      expect(focused(el)).to.equal(newAddress(el));
      expect(announced(el)).to.equal('1.1.1.1/32 removed. 0 trusted sources.');
    });

    it('stores a row canonically on Enter and on Tab, with a note, not while typing', async () => {
      const el = await editor();
      await add(el, '8.8.8.8');
      await retype(el, 0, '222.222.222.130/28', 'none');
      expect(addresses(el)[0]!.value).to.equal('222.222.222.130/28');
      expect(text(row(el, 0).querySelector('.meta'))).to.equal('Will be stored as 222.222.222.128/28 · Covers 16 addresses');
      await user.press('Enter');
      await settle(el);
      expect(addresses(el)[0]!.value).to.equal('222.222.222.128/28');
      expect(notes(row(el, 0))[0]).to.match(/^Note: 222.222.222.130\/28 was stored as 222.222.222.128\/28/);
      await retype(el, 0, '10.0.0.1', 'Tab');
      expect(addresses(el)[0]!.value).to.equal('10.0.0.1/32');
      expect(notes(row(el, 0))).to.include('Note: 10.0.0.1 was stored as 10.0.0.1/32, a range of exactly this one address.');
    });

    it('keeps a new error quiet while typing and shows it on commit; clears a shown error as soon as it is fixed', async () => {
      const el = await editor();
      await add(el, '8.8.8.8');
      await retype(el, 0, '8.8.8.', 'none');
      expect(errors(row(el, 0))).to.deep.equal([]);
      await user.press('Enter');
      await settle(el);
      expect(errors(row(el, 0))).to.deep.equal([`Error: ${engine('8.8.8.')}`]);
      expect(addresses(el)[0]!.getAttribute('aria-invalid')).to.equal('true');
      await user.type('9');
      await settle(el);
      expect(errors(row(el, 0))).to.deep.equal([]);
      expect(addresses(el)[0]!.hasAttribute('aria-invalid')).to.equal(false);
    });

    it('links a row input to the hint, its count and its messages, in that order', async () => {
      const el = await editor();
      await add(el, '10.0.0.1');
      const ids = addresses(el)[0]!.getAttribute('aria-describedby')!.split(' ');
      expect(ids[0]).to.equal('hint');
      expect(ids.slice(1).map((id) => text(el.shadowRoot!.getElementById(id)))).to.deep.equal([
        'Covers 1 address',
        'Note: 10.0.0.1 was stored as 10.0.0.1/32, a range of exactly this one address.',
        `Warning: ${formatTrustedSourceMessage('not-public', { cidr: '10.0.0.1/32', kind: 'private' })}`,
      ]);
    });
  });

  describe('entries typed through the UI', () => {
    // [typed, stored, note]
    const accepted: [string, string, string | undefined][] = [
      ['123.123.123.123/32', '123.123.123.123/32', undefined],
      ['222.222.222.128/28', '222.222.222.128/28', undefined],
      ['10.0.0.1', '10.0.0.1/32', 'Note: 10.0.0.1 was stored as 10.0.0.1/32, a range of exactly this one address.'],
      [' 8.8.8.8/32 ', '8.8.8.8/32', undefined],
      ['222.222.222.130/28', '222.222.222.128/28', 'Note: 222.222.222.130/28 was stored as 222.222.222.128/28: a range is written with its first address, and 222.222.222.128/28 is the range that contains 222.222.222.130/28.'],
      ['2001:0DB8:0:0::/48', '2001:db8::/48', undefined],
    ];
    for (const [typed, stored, note] of accepted) {
      it(`accepts ${JSON.stringify(typed)} as ${stored}${note ? ' with a note' : ''}`, async () => {
        const el = await editor();
        await add(el, typed);
        expect(rowValues(el)).to.deep.equal([stored]);
        expect(el.value).to.deep.equal([stored]);
        expect(errors(el.shadowRoot!)).to.deep.equal([]);
        const rowNotes = [...row(el, 0).querySelectorAll('.note')].map(text);
        expect(rowNotes).to.deep.equal(note ? [note] : []);
      });
    }

    const rejected = [
      '999.1.1.1/8', '1.2.3.4/33', '2001:db8::/129', '010.0.0.1', '1.2.3.04/32', '127.1', '0x7f.0.0.1', '2130706433',
      '10.0.0.0/08', 'fe80::1%eth0/64', '::ffff:10.0.0.0/104', '2001:db8:::1/64',
    ];
    for (const typed of rejected) {
      it(`keeps ${typed} visible in its row with its reason`, async () => {
        const el = await editor();
        await add(el, typed);
        expect(rowValues(el)).to.deep.equal([typed]);
        expect(el.value).to.deep.equal([]);
        expect(errors(row(el, 0))).to.deep.equal([`Error: ${engine(typed)}`]);
        expect(addresses(el)[0]!.getAttribute('aria-invalid')).to.equal('true');
        expect(el.checkValidity()).to.equal(false);
        expect(el.validationMessage).to.equal(engine(typed));
      });
    }

    it('does not add an address typed again: it stays in the field, which says where it is listed', async () => {
      const el = await editor();
      await add(el, '10.0.0.1');
      await add(el, '8.8.8.8/32');
      await add(el, '10.0.0.1/32');
      expect(rowValues(el)).to.deep.equal(['10.0.0.1/32', '8.8.8.8/32']);
      expect([newAddress(el).value, el.newAddress]).to.deep.equal(['10.0.0.1/32', '10.0.0.1/32']);
      expect(focused(el)).to.equal(newAddress(el));
      expect(errors($(el, '.add')!)).to.deep.equal(['Error: 10.0.0.1/32 is already in the list, row 1.']);
      expect(notes(row(el, 0))).to.include('Note: 10.0.0.1/32 is already in the list, in this row.');
      expect(announced(el)).to.equal('10.0.0.1/32 is already in the list, row 1.');
    });

    it('flags both rows when one is edited into a duplicate of the other', async () => {
      const el = await editor();
      el.sources = [{ cidr: '222.222.222.128/28' }, { cidr: '8.8.8.8/32' }];
      await el.updateComplete;
      await retype(el, 1, '222.222.222.129/28');
      const message = `Error: ${formatTrustedSourceMessage('duplicate', { cidr: '222.222.222.128/28', count: 2 })}`;
      expect(errors(row(el, 0))).to.deep.equal([message]);
      expect(errors(row(el, 1))).to.deep.equal([message]);
      expect(el.validity.customError).to.equal(true);
      expect(el.value).to.deep.equal(['222.222.222.128/28']);
    });

    it('explains an overlap on the range inside, and a private range', async () => {
      const el = await editor();
      // Set, not typed: a range typed inside a listed one is refused (see "refused entries and hostile input").
      el.value = ['10.0.0.0/8', '10.1.0.0/16'];
      await settle(el);
      expect(notes(row(el, 1))).to.include(`Warning: ${formatTrustedSourceMessage('overlap', { cidr: '10.1.0.0/16', other: '10.0.0.0/8' })}`);
      expect(notes(row(el, 0))).to.deep.equal([
        'Warning: 10.0.0.0/8 is not public (private range): such a source can never reach a public endpoint.',
      ]);
      expect(el.checkValidity()).to.equal(true);
      // One keystroke from /8 to /9: the inner row's own text and findings stay; the range it names changes once the
      // outer row is committed, not while it is typed in.
      addresses(el)[0]!.focus();
      addresses(el)[0]!.setSelectionRange(9, 10);
      await user.type('9');
      await settle(el);
      expect(addresses(el)[0]!.value).to.equal('10.0.0.0/9');
      expect(notes(row(el, 1))).to.include(`Warning: ${formatTrustedSourceMessage('overlap', { cidr: '10.1.0.0/16', other: '10.0.0.0/8' })}`);
      await user.press('Tab');
      await settle(el);
      expect(notes(row(el, 1))).to.include(`Warning: ${formatTrustedSourceMessage('overlap', { cidr: '10.1.0.0/16', other: '10.0.0.0/9' })}`);
    });

    it('changes no other row\'s messages while a row is typed in, and all of them once it is committed', async () => {
      const el = await editor();
      el.value = ['195.44.35.0/24', '195.44.36.0/24', '200.1.2.0/24', '8.8.8.8/32'];
      await settle(el);
      const others = () => [1, 2, 3].map((i) => notes(row(el, i)));
      const before = others();
      expect(before).to.deep.equal([[], [], []]);
      // On the way from /24 to /16, Backspace makes a /2 that holds the next two rows.
      const input = addresses(el)[0]!;
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
      await user.press('Backspace');
      await settle(el);
      expect(input.value).to.equal('195.44.35.0/2');
      expect(others()).to.deep.equal(before);
      // The value is what is typed, as always.
      expect(el.value).to.deep.equal(['192.0.0.0/2', '195.44.36.0/24', '200.1.2.0/24', '8.8.8.8/32']);
      await user.press('Backspace');
      await user.type('16');
      await settle(el);
      expect(others()).to.deep.equal(before);
      // Committed as 195.44.0.0/16: the row inside it says so at once, the others stay quiet.
      await user.press('Enter');
      await settle(el);
      expect(input.value).to.equal('195.44.0.0/16');
      expect(others()).to.deep.equal([
        [`Warning: ${formatTrustedSourceMessage('overlap', { cidr: '195.44.36.0/24', other: '195.44.0.0/16' })}`],
        [],
        [],
      ]);
    });
  });

  describe('pasting a list', () => {
    it('turns good lines into rows and keeps bad ones visible with their line numbers', async () => {
      const el = await editor();
      await add(el, '8.8.8.8');
      const event = await paste(el, '123.123.123.123/32\n# office\n222.222.222.130/28, 127.1\n\n8.8.8.8/32\n1.2.3.4/33\n123.123.123.123');
      await settle(el);
      expect(event.defaultPrevented).to.equal(true);
      expect(newAddress(el).value).to.equal('');
      expect(rowValues(el)).to.deep.equal(['8.8.8.8/32', '123.123.123.123/32', '222.222.222.128/28', '127.1', '1.2.3.4/33']);
      expect(errors(row(el, 3))).to.deep.equal([`Error: Line 3: ${engine('127.1')}`]);
      expect(errors(row(el, 4))).to.deep.equal([`Error: Line 6: ${engine('1.2.3.4/33')}`]);
      expect(notes($(el, '.add')!)).to.deep.equal([
        'Note: Line 5: 8.8.8.8/32 is already in the list (row 1); it was not added again.',
        'Note: Line 7: 123.123.123.123 is the same range as 123.123.123.123/32 on line 1; it was not added again.',
      ]);
      expect(announced(el)).to.equal(
        '4 entries added from the list. 2 were already in the list. 2 entries need your attention. 5 trusted sources.',
      );
      expect(el.value).to.deep.equal(['8.8.8.8/32', '123.123.123.123/32', '222.222.222.128/28']);
    });

    it('drops the line number once the line is fixed', async () => {
      const el = await editor();
      await paste(el, '1.1.1.1\n127.1');
      await settle(el);
      await retype(el, 1, '127.0.0.1');
      expect(errors(row(el, 1))).to.deep.equal([]);
      await retype(el, 1, '127.0.0.');
      expect(errors(row(el, 1))).to.deep.equal([`Error: ${engine('127.0.0.')}`]);
    });

    it('lets a single address paste into the field as usual', async () => {
      const el = await editor();
      const event = await paste(el, '8.8.8.8');
      await settle(el);
      expect(event.defaultPrevented).to.equal(false);
      expect(newAddress(el).value).to.equal('8.8.8.8');
      expect(rows(el)).to.have.length(0);
    });

    it('adds a list typed on one line, separated by commas', async () => {
      const el = await editor();
      await add(el, '1.1.1.1, 2.2.2.2/32');
      expect(rowValues(el)).to.deep.equal(['1.1.1.1/32', '2.2.2.2/32']);
    });
  });

  describe('refused entries and hostile input', () => {
    const addError = (el: TrustedSourcesEditor) => errors($(el, '.add')!);
    const megabyte = '1'.repeat(1_000_000);
    const quoted = `${'1'.repeat(47)}…`;

    /** The refusal as a user meets it: text kept in the field, which has focus, is invalid and described by the reason. */
    async function expectRefused(el: TrustedSourcesEditor, typed: string, message: string, rowsBefore: string[], prefix = 'Error:') {
      expect(rowValues(el)).to.deep.equal(rowsBefore);
      // Long text compared, not printed: a failure should not print a megabyte.
      const show = (t: string) => (t.length > 100 ? `${t.slice(0, 20)}… (${t.length} characters${t === typed ? '' : ', changed'})` : t);
      expect([newAddress(el).value, el.newAddress].map(show)).to.deep.equal([typed, typed].map(show));
      expect(focused(el)).to.equal(newAddress(el));
      expect(addError(el)).to.deep.equal([`${prefix} ${message}`]);
      expect(newAddress(el).getAttribute('aria-invalid')).to.equal('true');
      expect(newAddress(el).getAttribute('aria-describedby')!.split(' ')).to.include('add-error');
      expect(announced(el)).to.equal(message);
    }

    // [listed, typed, message]: every refusal named in the issue, each with its precise reason and row.
    const refusals: [string[], string, string][] = [
      [['8.8.8.8/32', '10.0.0.0/8'], '10.0.0.1/8', '10.0.0.1/8 is the same range as 10.0.0.0/8, already in the list (row 2).'],
      [['10.0.0.0/8'], '10.0.0.0/8', '10.0.0.0/8 is already in the list, row 1.'],
      [['10.0.0.1/32'], '10.0.0.1', '10.0.0.1 is the same range as 10.0.0.1/32, already in the list (row 1).'],
      [['8.8.8.8/32', '10.0.0.0/8'], '10.1.0.0/16', '10.1.0.0/16 lies within 10.0.0.0/8 (row 2), which already allows it.'],
      [['2001:db8::/32'], '2001:DB8::1/32', '2001:DB8::1/32 is the same range as 2001:db8::/32, already in the list (row 1).'],
      [['2001:db8::/32'], '2001:db8:0:1::/64', '2001:db8:0:1::/64 lies within 2001:db8::/32 (row 1), which already allows it.'],
      [['8.8.8.8/32'], 'x'.repeat(65), 'This is too long for an IP address or range (at most 64 characters).'],
    ];
    for (const [listed, typed, message] of refusals) {
      it(`keeps ${typed.length > 20 ? `${typed.length} characters` : typed} typed with ${listed.join(', ')} listed in the field: ${message}`, async () => {
        const el = await editor(html`<trusted-sources-editor .value=${listed}></trusted-sources-editor>`);
        await add(el, typed);
        await expectRefused(el, typed, message, listed);
        // Fixed by typing: the reason goes, and the entry is added.
        await user.press('Backspace');
        await settle(el);
        expect(addError(el)).to.deep.equal([]);
      });
    }

    it('keeps focus in the field when Add is clicked, and adds a range that contains a row (the row inside is warned)', async () => {
      const el = await editor(html`<trusted-sources-editor .value=${['10.1.0.0/16']}></trusted-sources-editor>`);
      newAddress(el).focus();
      await user.type('10.1.2.0/24');
      await user.click($(el, '.add-button')!);
      await settle(el);
      await expectRefused(el, '10.1.2.0/24', '10.1.2.0/24 lies within 10.1.0.0/16 (row 1), which already allows it.', ['10.1.0.0/16']);
      await expect(el).to.be.accessible();
      newAddress(el).select();
      await user.type('10.0.0.0/8');
      await user.press('Enter');
      await settle(el);
      expect(rowValues(el)).to.deep.equal(['10.1.0.0/16', '10.0.0.0/8']);
      expect(newAddress(el).value).to.equal('');
      expect(notes(row(el, 0))).to.include(`Warning: ${formatTrustedSourceMessage('overlap', { cidr: '10.1.0.0/16', other: '10.0.0.0/8' })}`);
    });

    it('refuses a pasted one-megabyte token before it reaches the field, keeping what was typed there', async () => {
      const el = await editor(html`<trusted-sources-editor .value=${['8.8.8.8/32']}></trusted-sources-editor>`);
      newAddress(el).focus();
      await user.type('9.9.9');
      const event = await paste(el, megabyte);
      await settle(el);
      expect(event.defaultPrevented).to.equal(true);
      await expectRefused(el, '9.9.9', 'This is too long for an IP address or range (at most 64 characters).', ['8.8.8.8/32']);
      // An address pasted as it is goes into the field as typing does.
      const address = await paste(el, '.9');
      await settle(el);
      expect([address.defaultPrevented, newAddress(el).value]).to.deep.equal([false, '9.9.9.9']);
    });

    it('refuses half a megabyte set into the field (a restored draft) on Enter, keeps it and quotes it shortened', async () => {
      const el = await editor(html`<trusted-sources-editor .value=${['8.8.8.8/32']}></trusted-sources-editor>`);
      // WebKit's text field holds at most 524,288 characters; the other engines' more.
      const long = '1'.repeat(500_000);
      el.newAddress = long;
      await settle(el);
      expect(el.validationMessage).to.equal(`${quoted} has not been added yet: press Add, or clear the field.`);
      newAddress(el).focus();
      await user.press('Enter');
      await settle(el);
      await expectRefused(el, long, 'This is too long for an IP address or range (at most 64 characters).', ['8.8.8.8/32']);
      el.reportValidity();
      await settle(el);
      expect(addError(el)).to.deep.equal([`Error: ${quoted} has not been added yet: press Add, or clear the field.`]);
      await expect(el).to.be.accessible();
    });

    it('refuses a 10 MB paste before reading it: its valid first line is not added, the field stays as it was', async () => {
      const el = await editor(html`<trusted-sources-editor .value=${['8.8.8.8/32']}></trusted-sources-editor>`);
      newAddress(el).focus();
      await user.type('9.9.9.9');
      // Read, this would add 1.1.1.1 and 2.2.2.2 (a comment of ten megabytes is no entry); refused, nothing is.
      const pasted = `1.1.1.1\n2.2.2.2 # ${'x'.repeat(10_000_000)}`;
      const event = await paste(el, pasted);
      await settle(el);
      expect(event.defaultPrevented).to.equal(true);
      await expectRefused(el, '9.9.9.9',
        `The text has ${pasted.length.toLocaleString('en')} characters, more than 1,000,000: nothing was added. Split it into shorter parts.`,
        ['8.8.8.8/32']);
      // A token of ten megabytes without a line break is refused the same way: it never reaches the field.
      newAddress(el).select();
      await user.press('Backspace');
      const token = await paste(el, 'y'.repeat(10_000_000));
      await settle(el);
      expect([token.defaultPrevented, newAddress(el).value, rowValues(el)]).to.deep.equal([true, '', ['8.8.8.8/32']]);
      expect(addError(el)).to.deep.equal(['Error: The text has 10,000,000 characters, more than 1,000,000: nothing was added. Split it into shorter parts.']);
    });

    it('reports each line of a pasted list it skips with the precise reason, quoting long text shortened', async () => {
      const el = await editor(html`<trusted-sources-editor .value=${['10.0.0.0/8', '2001:db8::/32']}></trusted-sources-editor>`);
      // A token of 100,000 characters: a list with one of a megabyte is longer than any list read (see above).
      await paste(el, `10.0.0.1/8\n10.0.0.0/8\n2001:DB8::/32\n${'1'.repeat(100_000)}\n1.1.1.1\n1.1.1.1/32\n10.1.0.0/16`);
      await settle(el);
      expect(rowValues(el)).to.deep.equal(['10.0.0.0/8', '2001:db8::/32', '1.1.1.1/32', '10.1.0.0/16']);
      expect(notes($(el, '.add')!)).to.deep.equal([
        'Note: Line 1: 10.0.0.1/8 is the same range as 10.0.0.0/8, already in the list (row 1).',
        'Note: Line 2: 10.0.0.0/8 is already in the list (row 1); it was not added again.',
        'Note: Line 3: 2001:DB8::/32 is the same range as 2001:db8::/32, already in the list (row 2).',
        `Note: Line 4: ${quoted} is too long for an address; it was not added.`,
        'Note: Line 6: 1.1.1.1/32 is the same range as 1.1.1.1 on line 5; it was not added again.',
      ]);
      expect(announced(el)).to.equal('2 entries added from the list. 4 were already in the list. 1 entry needs your attention. 4 trusted sources.');
    });

    it('quotes long text shortened in row labels, row notes and the "Add my IP" refusal', async () => {
      const el = await editor(html`<trusted-sources-editor .resolveClientAddress=${async () => megabyte}></trusted-sources-editor>`);
      el.entries = [{ address: 'z'.repeat(100) }];
      await el.updateComplete;
      expect($(el, 'button.remove')!.getAttribute('aria-label')).to.equal(`Remove ${'z'.repeat(47)}…`);
      $(el, '.my-ip')!.click();
      await waitUntil(() => $(el, '#my-ip-error'));
      expect(text($(el, '#my-ip-error'))).to.equal(
        `Error: The address reported for your connection (“${quoted}”) cannot be used: This is too long for an IP address or range (at most 64 characters).`,
      );
      expect(rows(el)).to.have.length(1);
    });

    it('says why in German', async () => {
      const el = await editor(html`<trusted-sources-editor lang="de" .value=${['10.0.0.0/8']}></trusted-sources-editor>`);
      await add(el, '10.0.0.1/8');
      await expectRefused(el, '10.0.0.1/8', '10.0.0.1/8 ist derselbe Adressbereich wie 10.0.0.0/8, bereits in der Liste (Eintrag 1).', ['10.0.0.0/8'], 'Fehler:');
      newAddress(el).select();
      await user.type('10.2.0.0/16');
      await user.press('Enter');
      await settle(el);
      expect(addError(el)).to.deep.equal(['Fehler: 10.2.0.0/16 liegt innerhalb von 10.0.0.0/8 (Eintrag 1) und ist damit bereits erlaubt.']);
      await expect(el).to.be.accessible();
    });
  });

  describe('rules', () => {
    it('refuses the whole internet unless the rules allow it', async () => {
      const el = await editor();
      await add(el, '0.0.0.0/0');
      expect(errors(row(el, 0))).to.deep.equal([`Error: ${formatTrustedSourceMessage('whole-internet', { family: 4, count: 1 })}`]);
      expect($(el, '#confirm')).to.equal(null);
      expect(el.checkValidity()).to.equal(false);
    });

    it('refuses two halves that together cover the whole internet, above the list', async () => {
      const el = await editor();
      await paste(el, '0.0.0.0/1\n128.0.0.0/1');
      await settle(el);
      expect(errors(row(el, 0))).to.deep.equal([]);
      expect(errors(el.shadowRoot!)).to.deep.equal([`Error: ${formatTrustedSourceMessage('whole-internet', { family: 4, count: 2 })}`]);
    });

    it('asks for an explicit confirmation of the whole internet where allowed', async () => {
      const el = await editor(html`<trusted-sources-editor .rules=${{ allowAnyAddress: true }}></trusted-sources-editor>`);
      await add(el, '0.0.0.0/0');
      expect(notes(row(el, 0))).to.deep.equal([`Warning: ${formatTrustedSourceMessage('whole-internet-confirm', { family: 4, count: 1 })}`]);
      expect(el.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.equal(
        'Confirm that the service may be reached from the whole internet, or remove the entries that allow every address.',
      );
      const confirm = $<HTMLInputElement>(el, '#confirm')!;
      expect(confirm.labels?.[0]?.textContent?.trim()).to.equal('I confirm that the service may be reached from the whole internet.');
      confirm.focus();
      await user.press('Space');
      await el.updateComplete;
      expect(el.wholeInternetConfirmed).to.equal(true);
      expect(el.checkValidity()).to.equal(true);
      expect(el.value).to.deep.equal(['0.0.0.0/0']);
      expect(errors(el.shadowRoot!)).to.deep.equal([]);
    });

    it('forgets the confirmation once nothing opens the whole internet', async () => {
      const el = await editor(html`<trusted-sources-editor whole-internet-confirmed .rules=${{ allowAnyAddress: true }}></trusted-sources-editor>`);
      el.value = ['0.0.0.0/0'];
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(true);
      $$(el, 'button.remove')[0]!.click();
      await settle(el);
      expect(el.wholeInternetConfirmed).to.equal(false);
      await add(el, '::/0');
      expect(el.checkValidity()).to.equal(false);
    });

    it('enforces the maximum number of entries, keeping what was typed', async () => {
      const el = await editor(html`<trusted-sources-editor .rules=${{ maxEntries: 2 }}></trusted-sources-editor>`);
      await add(el, '1.1.1.1');
      await add(el, '2.2.2.2');
      expect(el.checkValidity()).to.equal(true);
      await add(el, '3.3.3.3');
      expect(rowValues(el)).to.deep.equal(['1.1.1.1/32', '2.2.2.2/32', '3.3.3.3/32']);
      expect(errors(el.shadowRoot!)).to.deep.equal(['Error: There are 3 entries; the limit is 2.']);
      expect(el.validationMessage).to.equal('There are 3 entries; the limit is 2.');
      $$(el, 'button.remove')[0]!.click();
      await settle(el);
      expect(el.checkValidity()).to.equal(true);
      expect(errors(el.shadowRoot!)).to.deep.equal([]);
    });

    it('refuses IPv6 where the rules do not allow it', async () => {
      const el = await editor(html`<trusted-sources-editor .rules=${{ allowIpv6: false }}></trusted-sources-editor>`);
      await add(el, '2001:db8::/48');
      expect(errors(row(el, 0))).to.deep.equal([
        'Error: This service accepts no IPv6 sources; enter an IPv4 address or range instead of 2001:db8::/48.',
      ]);
      expect(el.checkValidity()).to.equal(false);
    });
  });

  describe('German', () => {
    it('explains in German', async () => {
      const el = await editor(html`<trusted-sources-editor lang="de"></trusted-sources-editor>`);
      await add(el, '127.1');
      await add(el, '10.0.0.1');
      expect(errors(row(el, 0))).to.deep.equal([`Fehler: ${engine('127.1', 'de')}`]);
      expect(notes(row(el, 1))[0]).to.equal('Hinweis: 10.0.0.1 wurde als 10.0.0.1/32 gespeichert, als Bereich aus genau dieser einen Adresse.');
      expect(announced(el)).to.equal('10.0.0.1/32 hinzugefügt. 2 vertrauenswürdige Quellen.');
      expect(el.validationMessage).to.equal(engine('127.1', 'de'));
      expect($$(el, 'button.remove').map((b) => b.getAttribute('aria-label'))).to.deep.equal(['127.1 entfernen', '10.0.0.1/32 entfernen']);
    });
  });

  describe('"Add my IP"', () => {
    it('is shown only when the host gives a resolver, with the proxy/NAT note', async () => {
      const el = await editor();
      expect($(el, '.my-ip')).to.equal(null);
      el.resolveClientAddress = async () => '203.0.113.7';
      await el.updateComplete;
      const button = $(el, '.my-ip')!;
      expect(text(button)).to.equal('Add my IP');
      const note = el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
      expect(text(note)).to.include('Behind a proxy or NAT, the service may see a different address.');
    });

    it('adds the resolved address as a labelled row, busy while it resolves', async () => {
      const api = resolver();
      const el = await editor(html`<trusted-sources-editor .resolveClientAddress=${api.resolveClientAddress}></trusted-sources-editor>`);
      const button = $(el, '.my-ip')!;
      button.focus();
      await user.press('Enter');
      await el.updateComplete;
      expect(button.getAttribute('aria-busy')).to.equal('true');
      await user.press('Enter');
      expect(api.calls).to.equal(1);
      api.resolve('123.123.123.123');
      await waitUntil(() => rows(el).length === 1);
      await settle(el);
      expect(button.getAttribute('aria-busy')).to.equal('false');
      expect(rowValues(el)).to.deep.equal(['123.123.123.123/32']);
      expect($<HTMLInputElement>(el, 'input.label')!.value).to.equal('My IP');
      expect(el.sources).to.deep.equal([{ cidr: '123.123.123.123/32', label: 'My IP' }]);
      expect(focused(el)).to.equal(addresses(el)[0]);
    });

    it('says so when the address cannot be determined, and loses nothing', async () => {
      const api = resolver();
      const el = await editor(html`<trusted-sources-editor .resolveClientAddress=${api.resolveClientAddress} .sources=${SEED}></trusted-sources-editor>`);
      newAddress(el).focus();
      await user.type('8.8.4.4');
      $(el, '.my-ip')!.click();
      api.reject(new Error('offline'));
      await waitUntil(() => $(el, '#my-ip-error'));
      expect(text($(el, '#my-ip-error'))).to.equal(
        'Error: Your IP address could not be determined. Nothing was changed; enter the address yourself.',
      );
      expect($(el, '.my-ip')!.getAttribute('aria-describedby')).to.equal('my-ip-note my-ip-error');
      expect(el.value).to.deep.equal(['123.123.123.123/32', '222.222.222.128/28']);
      expect(newAddress(el).value).to.equal('8.8.4.4');
    });

    it('refuses an answer that is not an address, with the reason', async () => {
      const el = await editor(html`<trusted-sources-editor .resolveClientAddress=${async () => 'proxy.example'}></trusted-sources-editor>`);
      $(el, '.my-ip')!.click();
      await waitUntil(() => $(el, '#my-ip-error'));
      expect(text($(el, '#my-ip-error'))).to.equal(
        `Error: The address reported for your connection (“proxy.example”) cannot be used: ${engine('proxy.example')}`,
      );
      expect(rows(el)).to.have.length(0);
    });
  });

  describe('events', () => {
    function record(el: TrustedSourcesEditor) {
      const events: Event[] = [];
      el.addEventListener('input', (e) => events.push(e));
      el.addEventListener('change', (e) => events.push(e));
      return events;
    }

    it('fires one input per keystroke in the new-address field, then input and change on add: plain events that bubble out of shadow roots', async () => {
      const el = await editor();
      const events = record(el);
      const typed: string[] = [];
      el.addEventListener('input', () => typed.push(el.newAddress));
      const changed = oneEvent(el, 'change');
      await add(el, '8.8.8.8');
      const event = await changed;
      expect(event.constructor).to.equal(Event);
      expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
      expect(events.map((e) => e.type)).to.deep.equal([...Array(7).fill('input'), 'input', 'change']);
      expect(events.every((e) => e.target === el)).to.equal(true);
      // What a listener reads: the text as it grows, then, on add, an empty field (the address is a row by then).
      expect(typed).to.deep.equal(['8', '8.', '8.8', '8.8.', '8.8.8', '8.8.8.', '8.8.8.8', '']);
    });

    it('fires nothing when Enter refuses an address already listed: neither the field nor the rows changed', async () => {
      const el = await editor(html`<trusted-sources-editor .value=${['8.8.8.8/32']}></trusted-sources-editor>`);
      newAddress(el).focus();
      await user.type('8.8.8.8');
      const events = record(el);
      await user.press('Enter');
      await settle(el);
      expect(events.map((e) => e.type)).to.deep.equal([]);
      expect([el.newAddress, newAddress(el).value]).to.deep.equal(['8.8.8.8', '8.8.8.8']);
      expect(el.value).to.deep.equal(['8.8.8.8/32']);
    });

    it('fires one input per keystroke in a row and one change on its commit', async () => {
      const el = await editor(html`<trusted-sources-editor .sources=${[{ cidr: '8.8.8.8/32' }]}></trusted-sources-editor>`);
      const events = record(el);
      addresses(el)[0]!.focus();
      await user.press('End');
      await user.press('Backspace');
      await user.press('Backspace');
      await user.type('24');
      await user.press('Enter');
      await settle(el);
      expect(events.map((e) => e.type)).to.deep.equal(['input', 'input', 'input', 'input', 'change']);
      expect(el.value).to.deep.equal(['8.8.8.0/24']);
      await user.press('Tab');
      await user.type('x');
      await user.press('Tab');
      expect(events.map((e) => e.type).slice(5)).to.deep.equal(['input', 'change']);
    });

    it('fires change on remove and on paste, and nothing when the host sets the value or a row is left unchanged', async () => {
      const el = await editor();
      const events = record(el);
      el.value = ['1.1.1.1'];
      el.sources = SEED;
      await el.updateComplete;
      addresses(el)[0]!.focus();
      await user.press('Tab');
      expect(events).to.deep.equal([]);
      $$(el, 'button.remove')[0]!.click();
      // The removal moves the focus once rendered; the customer pastes after that.
      await settle(el);
      await paste(el, '9.9.9.9\n9.9.9.8');
      expect(events.map((e) => e.type)).to.deep.equal(['input', 'change', 'input', 'change']);
    });
  });

  describe('a parent that sets the list on every render (as Lit does with object properties)', () => {
    /** A parent that renders the editor with `binding(list)`, re-renders on `draw()`, and keeps `list` in sync on `syncOn`. */
    async function parent<T>(binding: (list: T) => TemplateResult, list: T, syncOn: string, read: (el: TrustedSourcesEditor) => T) {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const state = { list, renders: 0 };
      const draw = () => {
        state.renders += 1;
        render(binding(structuredClone(state.list)), container);
      };
      draw();
      const el = container.querySelector('trusted-sources-editor')!;
      el.addEventListener(syncOn, () => {
        state.list = read(el);
        draw();
      });
      await el.updateComplete;
      return { el, draw, state };
    }

    const bindings: [string, (list: unknown) => TemplateResult, unknown, (el: TrustedSourcesEditor) => unknown][] = [
      ['sources', (list) => html`<trusted-sources-editor .sources=${list}></trusted-sources-editor>`, SEED, (el) => el.sources],
      ['value', (list) => html`<trusted-sources-editor .value=${list}></trusted-sources-editor>`, ['123.123.123.123', '222.222.222.128/28'], (el) => el.value],
    ];
    for (const [name, binding, list, read] of bindings) {
      it(`${name} synced on change: rows being typed in and invalid rows stay through the parent's renders`, async () => {
        const { el, draw, state } = await parent(binding, list, 'change', read);
        await add(el, '999.1.1.1');
        expect(errors(row(el, 2))).to.deep.equal([`Error: ${engine('999.1.1.1')}`]);
        await retype(el, 0, '8.8.', 'none');
        draw();
        await settle(el);
        expect(rowValues(el)).to.deep.equal(['8.8.', '222.222.222.128/28', '999.1.1.1']);
        expect(focused(el)).to.equal(addresses(el)[0]);
        await user.type('8.8');
        await user.press('Enter');
        await settle(el);
        expect(rowValues(el)).to.deep.equal(['8.8.8.8/32', '222.222.222.128/28', '999.1.1.1']);
        expect(state.renders).to.be.greaterThan(2);
        // A list that differs from what the editor holds is a real change.
        state.list = read(await editor(html`<trusted-sources-editor .value=${['1.1.1.1']}></trusted-sources-editor>`));
        draw();
        await settle(el);
        expect(rowValues(el)).to.deep.equal(['1.1.1.1/32']);
      });
    }

    it('entries synced on input: every keystroke re-renders the parent, nothing typed is lost', async () => {
      const start = [{ address: '123.123.123.123/32' }, { address: '222.222.222.128/28', label: 'Office' }];
      const { el, state } = await parent((list: unknown) => html`<trusted-sources-editor .entries=${list}></trusted-sources-editor>`, start, 'input', (e) => e.entries);
      await add(el, '999.1.1.1');
      await retype(el, 0, '10.0.0.', 'none');
      await user.type('1');
      await settle(el);
      expect(focused(el)).to.equal(addresses(el)[0]);
      expect(rowValues(el)).to.deep.equal(['10.0.0.1', '222.222.222.128/28', '999.1.1.1']);
      expect(state.list).to.deep.equal([{ address: '10.0.0.1' }, { address: '222.222.222.128/28', label: 'Office' }, { address: '999.1.1.1' }]);
      expect(state.renders).to.be.greaterThan(5);
    });
  });

  describe('layout', () => {
    const ENTRIES = [
      { address: '203.0.113.0/24', label: 'Office Berlin' },
      { address: '999.1.1.1' },
      { address: '2a01:4f8::/32', label: 'VPN egress' },
      { address: '8.8.8.8/32' },
    ];
    const box = (node: Element | null) => node!.getBoundingClientRect();
    const middle = (rect: DOMRect) => Math.round(rect.top + rect.height / 2);

    for (const lang of ['en', 'de']) {
      it(`lines the column headings up with the inputs of every row, an error row too (${lang})`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 760px">
          <trusted-sources-editor lang=${lang} .entries=${ENTRIES}></trusted-sources-editor>
        </div>`);
        const el = wrapper.querySelector('trusted-sources-editor')!;
        await el.updateComplete;
        expect($(el, '[aria-invalid="true"]')).not.to.equal(null);
        const [address, label] = $$(el, '.columns > span').map(box) as [DOMRect, DOMRect];
        for (const each of rows(el)) {
          const [addressInput, labelInput, button] = [...each.querySelectorAll('input, button')].map(box) as [DOMRect, DOMRect, DOMRect];
          expect([addressInput.left, labelInput.left]).to.deep.equal([address.left, label.left]);
          expect([middle(addressInput), middle(button)]).to.deep.equal([middle(labelInput), middle(labelInput)]);
          expect(button.left).to.be.greaterThan(labelInput.right);
          expect(Math.round(button.right)).to.equal(Math.round(box(each).right - parseFloat(getComputedStyle(each).paddingRight)));
        }
      });
    }

    it('stacks each row on a phone: the address on a line of its own, label and button below it, no headings', async () => {
      await user.setViewport({ width: 390, height: 800 });
      try {
        const el = await editor(html`<trusted-sources-editor .entries=${ENTRIES}></trusted-sources-editor>`);
        expect(box($(el, '.columns')).height).to.equal(0);
        for (const each of rows(el)) {
          const [addressInput, labelInput, button] = [...each.querySelectorAll('input, button')].map(box) as [DOMRect, DOMRect, DOMRect];
          expect(labelInput.top).to.be.greaterThan(addressInput.bottom);
          expect(labelInput.left).to.equal(addressInput.left);
          expect(Math.round(button.right)).to.equal(Math.round(addressInput.right));
          expect(Math.round(button.top)).to.equal(Math.round(labelInput.top));
        }
      } finally {
        await user.setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('a list of 1,000 rows', () => {
    it('keeps its rows and the value while one of them is edited', async () => {
      const list = Array.from({ length: 1000 }, (_, i) => ({ cidr: `100.${i >> 8}.${i & 255}.0/24` }));
      const el = await editor(html`<trusted-sources-editor .rules=${{ maxEntries: 1000 }} .sources=${list}></trusted-sources-editor>`);
      expect(rows(el)).to.have.length(1000);
      await retype(el, 500, '203.0.113.9');
      expect(el.value).to.have.length(1000);
      expect(el.value[500]).to.equal('203.0.113.9/32');
      expect(focused(el)).to.equal(addresses(el)[500]);
    });

    it('draws a row far down the list where the keyboard reaches it, with its text, count and name', async () => {
      const list = Array.from({ length: 1000 }, (_, i) => ({ cidr: `100.${i >> 8}.${i & 255}.0/24` }));
      const el = await editor(html`<trusted-sources-editor .rules=${{ maxEntries: 1000 }} .sources=${list}></trusted-sources-editor>`);
      const nearTop = row(el, 0).getBoundingClientRect().height;
      // Row 900's remove button, then Tab: the keyboard moves on to row 901, off screen until now.
      $$(el, 'button.remove')[899]!.focus();
      await user.press('Tab');
      await settle(el);
      // The browser draws a row that came into view in the next frame.
      for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      const input = addresses(el)[900]!;
      expect(focused(el)).to.equal(input);
      const box = input.getBoundingClientRect();
      expect(box.top).to.be.at.least(0);
      expect(box.bottom).to.be.at.most(window.innerHeight);
      // Drawn: not skipped as an off-screen row of a long list (content-visibility), and as tall as a row near the top.
      expect(row(el, 900).checkVisibility({ contentVisibilityAuto: true })).to.equal(true);
      expect(row(el, 900).getBoundingClientRect().height).to.be.at.least(nearTop * 0.8);
      expect(input.value).to.equal('100.3.132.0/24');
      expect(input.getAttribute('aria-label')).to.equal('Address, row 901');
      expect(text(row(el, 900).querySelector('.meta'))).to.equal('Covers 256 addresses');
    });
  });
});

runFormControlSuite<TrustedSourcesEditor>({
  tag: 'trusted-sources-editor',
  setValue(element) {
    element.value = ['123.123.123.123/32', '222.222.222.128/28'];
    return ['123.123.123.123/32', '222.222.222.128/28'];
  },
  readValue: (element) => element.value,
});

describe('<trusted-sources-editor> in a form, its own', () => {
  it('goes back to its value attribute on form reset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><trusted-sources-editor name="s" value="8.8.8.8/32"></trusted-sources-editor></form>`);
    const el = form.querySelector('trusted-sources-editor')!;
    await add(el, '1.1.1.1');
    expect(new FormData(form).getAll('s')).to.deep.equal(['8.8.8.8/32', '1.1.1.1/32']);
    newAddress(el).focus();
    await user.type('9.9.9.9');
    form.reset();
    await el.updateComplete;
    expect(new FormData(form).getAll('s')).to.deep.equal(['8.8.8.8/32']);
    expect(errors(el.shadowRoot!)).to.deep.equal([]);
    // Text typed but not added goes too: a reset form is valid again.
    expect([el.newAddress, newAddress(el).value, form.checkValidity()]).to.deep.equal(['', '', true]);
  });

  it('does not submit while an address is typed but not added, and says so at the field', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><trusted-sources-editor name="s"></trusted-sources-editor></form>`);
    const el = form.querySelector('trusted-sources-editor')!;
    newAddress(el).focus();
    await user.type('8.8.8.8');
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('8.8.8.8 has not been added yet: press Add, or clear the field.');
    await el.updateComplete;
    expect(errors(el.shadowRoot!)).to.deep.equal(['Error: 8.8.8.8 has not been added yet: press Add, or clear the field.']);
    expect(newAddress(el).getAttribute('aria-invalid')).to.equal('true');
    await user.press('Enter');
    await settle(el);
    expect(form.checkValidity()).to.equal(true);
    expect(new FormData(form).getAll('s')).to.deep.equal(['8.8.8.8/32']);
  });

  it('moves focus to the entry an error is about, else to its first input, when focused', async () => {
    const el = await editor();
    el.focus();
    expect(focused(el)).to.equal(newAddress(el));
    el.value = ['8.8.8.8', '127.1'];
    await el.updateComplete;
    el.focus();
    expect(focused(el)).to.equal(addresses(el)[1]);
  });

  it('blocks submit with an invalid row, points the browser at it, and explains in the user language', async () => {
    const form = await fixture<HTMLFormElement>(html`<form lang="de"><trusted-sources-editor name="s"></trusted-sources-editor></form>`);
    const el = form.querySelector('trusted-sources-editor')!;
    el.value = ['8.8.8.8', '010.0.0.1'];
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal(engine('010.0.0.1', 'de'));
    expect(new FormData(form).getAll('s')).to.deep.equal(['8.8.8.8/32']);
    el.reportValidity();
    await el.updateComplete;
    expect(errors(row(el, 1))).to.deep.equal([`Fehler: ${engine('010.0.0.1', 'de')}`]);
  });
});
