// Hostile numbers in the wizard's storage field (the built-in catalog: PostgreSQL from 50 GB to 2,000 GB in steps of
// 10 GB): each one typed gets a clear message in the customer's words, the typed text stays as typed, nothing crashes.
// The same values from a preset or a draft are dropped and reported, never taken.
import { expect, fixture, html } from '@open-wc/testing';
import * as user from '../support/input.js';
import '../../src/define.js';
import type { OrderWizard } from '../../src/elements/order-wizard/order-wizard.js';
import { guardEachTest } from './hostile.js';

const DRAFT = { serviceId: 'postgresql', version: '17', sizeId: 'gp-m', storageGb: 100, trustedSources: ['123.123.123.123/32'] };
const STORAGE_STEP = 2;

const NOT_A_NUMBER = 'Enter the storage size as a number of GB.';
const AT_LEAST = 'Choose at least 50 GB of storage.';
const AT_MOST = 'Choose at most 2,000 GB of storage.';

const root = (el: OrderWizard) => el.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const field = (el: OrderWizard) => root(el).querySelector<HTMLInputElement>('#storageGb')!;
const heading = (el: OrderWizard) => text(root(el).querySelector('#step-heading'));

async function storageStep(): Promise<OrderWizard> {
  const el = await fixture<OrderWizard>(html`<order-wizard lang="en" .draft=${DRAFT}></order-wizard>`);
  await el.updateComplete;
  root(el).querySelectorAll('nav li')[STORAGE_STEP]?.querySelector('button')?.click();
  await el.updateComplete;
  expect(heading(el)).to.equal('Choose the storage size');
  return el;
}

/** Replaces the field's text with real keys. */
async function type(el: OrderWizard, typed: string): Promise<void> {
  field(el).focus();
  await user.selectAll();
  await user.press('Backspace');
  await user.type(typed);
  await el.updateComplete;
}

/** Puts a long text into the field as a paste does (one input event), where typing it key by key would take minutes. */
async function pasteInto(el: OrderWizard, pasted: string): Promise<void> {
  const input = field(el);
  input.focus();
  input.select();
  input.setRangeText(pasted, 0, input.value.length, 'end');
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  await el.updateComplete;
}

/** Presses Next with the keyboard (Tab to it, Enter) and returns the error the step shows (summary and inline). */
async function next(el: OrderWizard): Promise<{ summary: string[]; inline: string }> {
  root(el).querySelector<HTMLButtonElement>('.next')!.focus();
  await user.press('Enter');
  await el.updateComplete;
  return {
    summary: [...root(el).querySelectorAll('.error-summary a')].map(text),
    inline: text(root(el).querySelector('#storageGb-error')),
  };
}

guardEachTest();

describe('hostile numbers typed into the wizard\'s storage field', () => {
  const TEN_THOUSAND_DIGITS = `9${'0'.repeat(9_999)}`;
  const CASES: { typed: string; message: string; how?: 'paste' }[] = [
    { typed: '49', message: AT_LEAST },
    { typed: '50.5', message: 'Storage comes in steps of 10 GB: choose 50 GB or 60 GB.' },
    { typed: '"50"', message: NOT_A_NUMBER },
    { typed: '1e309', message: NOT_A_NUMBER },
    { typed: 'NaN', message: NOT_A_NUMBER },
    { typed: 'Infinity', message: NOT_A_NUMBER },
    { typed: '-Infinity', message: NOT_A_NUMBER },
    { typed: '0x32', message: NOT_A_NUMBER },
    // A negative size is a number, just too small: "enter a number" would not tell the customer what is wrong.
    { typed: '-50', message: AT_LEAST },
    { typed: '0', message: AT_LEAST },
    { typed: '2010', message: AT_MOST },
    // A number with 10,000 digits is a number far too large, not "no number".
    { typed: TEN_THOUSAND_DIGITS, message: AT_MOST, how: 'paste' },
  ];

  for (const { typed, message, how } of CASES) {
    const shown = typed.length > 20 ? `a ${typed.length.toLocaleString('en')}-digit number` : JSON.stringify(typed);
    it(`${shown}: "${message}", the text kept as typed`, async () => {
      const el = await storageStep();
      if (how === 'paste') await pasteInto(el, typed);
      else await type(el, typed);
      expect(field(el).value).to.equal(typed);
      const errors = await next(el);
      expect(heading(el), 'Next stays on the step').to.equal('Choose the storage size');
      expect(errors.summary).to.deep.equal([message]);
      expect(errors.inline).to.equal(`Error: ${message}`);
      expect(field(el).value, 'the typed text is kept').to.equal(typed);
      expect(field(el).getAttribute('aria-invalid')).to.equal('true');
      // Back and forth: the text is still what the customer typed.
      root(el).querySelector<HTMLButtonElement>('.back')!.click();
      await el.updateComplete;
      root(el).querySelector<HTMLButtonElement>('.next')!.click();
      await el.updateComplete;
      expect(heading(el)).to.equal('Choose the storage size');
      expect(field(el).value).to.equal(typed);
    });
  }

  it('"50" typed as digits is taken: no message, the price counts 50 GB', async () => {
    const el = await storageStep();
    await type(el, '50');
    expect(el.draft.storageGb, 'the draft keeps the text as typed').to.equal('50');
    const errors = await next(el);
    expect(errors).to.deep.equal({ summary: [], inline: '' });
    expect(heading(el)).to.equal('Enable access');
    expect([...root(el).querySelectorAll('.price-row dt')].map(text)).to.include('Storage, 50 GB');
  });
});

describe('hostile numbers in a preset or a draft', () => {
  const CASES: { storageGb: unknown; code: string | undefined; kept?: number }[] = [
    { storageGb: 49, code: 'storage-below-minimum' },
    { storageGb: 50.5, code: 'storage-off-step' },
    { storageGb: '50', code: undefined, kept: 50 },
    { storageGb: Number.NaN, code: 'storage-not-a-number' },
    { storageGb: Number.POSITIVE_INFINITY, code: 'storage-not-a-number' },
    { storageGb: -50, code: 'storage-below-minimum' },
    { storageGb: 'NaN', code: 'storage-not-a-number' },
    { storageGb: `9${'0'.repeat(9_999)}`, code: 'storage-above-maximum' },
    { storageGb: { valueOf: () => 100 }, code: 'storage-not-a-number' },
  ];

  for (const { storageGb, code, kept } of CASES) {
    const shown = typeof storageGb === 'string' && storageGb.length > 20 ? 'a 10,000-digit text' : String(storageGb);
    it(`storageGb ${typeof storageGb} ${shown}: ${code ?? 'taken'}`, async () => {
      const errors: { issues: { path: string; code: string }[]; source: string }[] = [];
      const wrapper = await fixture<HTMLDivElement>(html`<div @order-config-error=${(event: CustomEvent) => errors.push(event.detail)}>
        <order-wizard lang="en" .draft=${{ ...DRAFT, storageGb }}></order-wizard></div>`);
      const el = wrapper.querySelector('order-wizard')!;
      await el.updateComplete;
      const storageIssues = errors.flatMap((error) => error.issues).filter((issue) => issue.path === 'storageGb');
      expect(storageIssues.map((issue) => issue.code)).to.deep.equal(code ? [code] : []);
      // A refused value is dropped: the service's minimum stands in; a taken one is the number.
      expect(el.draft.storageGb).to.equal(kept ?? 50);
    });
  }

  it('the preset attribute with 1e309 and a negative number: reported, the rest of the preset kept', async () => {
    const errors: { issues: { path: string; code: string }[]; source: string }[] = [];
    const preset = '{"serviceId":"postgresql","version":"16","storageGb":1e309}';
    const wrapper = await fixture<HTMLDivElement>(html`<div @order-config-error=${(event: CustomEvent) => errors.push(event.detail)}>
      <order-wizard lang="en" preset=${preset}></order-wizard></div>`);
    const el = wrapper.querySelector('order-wizard')!;
    await el.updateComplete;
    expect(errors.map((error) => error.source)).to.deep.equal(['preset']);
    expect(errors[0]!.issues.map((issue) => `${issue.path} ${issue.code}`)).to.deep.equal(['storageGb storage-not-a-number']);
    expect(el.draft.version).to.equal('16');
    el.setAttribute('preset', '{"serviceId":"postgresql","storageGb":-50}');
    await el.updateComplete;
    expect(errors[1]!.issues.map((issue) => `${issue.path} ${issue.code}`)).to.deep.equal(['storageGb storage-below-minimum']);
  });
});
