import 'axe-core/axe.min.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import * as user from '../support/input.js';
import '../../src/define.js';
import type { OrderWizard } from '../../src/elements/order-wizard/order-wizard.js';
import { completePreset } from './wizard-presets.js';
import { $, byId, deepActive, heading, root, text } from './wizard-dom.js';

// The catalog's options in the wizard: each type as a control, errors, price, summary, drafts and presets.
const DATABASE = completePreset('postgresql', '16');

async function wizard(template = html`<order-wizard lang="en" persist="none" .draft=${DATABASE}></order-wizard>`): Promise<OrderWizard> {
  const el = await fixture<OrderWizard>(template);
  await el.updateComplete;
  return el;
}

const rows = (el: OrderWizard, at: string) =>
  [...root(el).querySelectorAll(`${at} .price-row`)].map((row) => `${text(row.querySelector('dt'))} ${text(row.querySelector('dd'))}`);

/** Goes to a step through the step list. */
async function visit(el: OrderWizard, name: string): Promise<void> {
  const button = [...root(el).querySelectorAll<HTMLButtonElement>('nav button')].find((b) => text(b.querySelector('.step-name')) === name);
  if (!button) throw new Error(`no step button ${name}`);
  button.click();
  await el.updateComplete;
}

describe('<order-wizard> options', () => {
  it('the Options step is accessible: a checkbox, a labelled number field with its range, a radiogroup', async () => {
    const el = await wizard();
    await visit(el, 'Options');
    expect(heading(el)).to.equal('Choose the options');
    await expect(el).to.be.accessible();
    const toggle = byId<HTMLInputElement>(el, 'options["high-availability"]')!;
    expect(toggle.type).to.equal('checkbox');
    expect(text(root(el).querySelector(`label[for='options["high-availability"]']`))).to.equal('High availability');
    const retention = byId<HTMLInputElement>(el, 'options["backup-retention"]')!;
    expect(retention.value).to.equal('7');
    expect(text(byId(el, retention.getAttribute('aria-describedby')!))).to.equal(
      'How long daily backups are kept, in weeks of 7 days; included in the price. From 7 days to 35 days, in steps of 7 days.',
    );
    const windows = byId(el, 'options["maintenance-window"]')!;
    expect(windows.getAttribute('role')).to.equal('radiogroup');
    expect(windows.querySelector('[aria-checked="true"]')?.getAttribute('data-value')).to.equal('sun-02');
  });

  it('Next with a value off its step: the error summary links to the field, which shows the error after its hint', async () => {
    const el = await wizard();
    await visit(el, 'Options');
    const retention = byId<HTMLInputElement>(el, 'options["backup-retention"]')!;
    retention.focus();
    retention.select();
    await user.type('10');
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.next')!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Choose the options');
    expect(text($(el, '.error-summary a'))).to.equal('Backup retention comes in steps of 7 days: choose 7 days or 14 days.');
    expect(deepActive()).to.equal($(el, '.error-summary'));
    $<HTMLAnchorElement>(el, '.error-summary a')!.click();
    expect(deepActive()).to.equal(retention);
    expect(retention.getAttribute('aria-invalid')).to.equal('true');
    expect(retention.getAttribute('aria-describedby')).to.equal('options["backup-retention"]-hint options["backup-retention"]-error');
    expect(text(byId(el, 'options["backup-retention"]-error'))).to.equal('Error: Backup retention comes in steps of 7 days: choose 7 days or 14 days.');
  });

  it('a standby changes the live price, which is said in the polite live region; in Hamburg it is not offered', async () => {
    const el = await wizard();
    await visit(el, 'Options');
    const before = rows(el, '.price');
    const changed = oneEvent(el, 'order-change');
    byId<HTMLInputElement>(el, 'options["high-availability"]')!.click();
    const { detail } = await changed;
    expect(detail.price.items.at(-1)).to.include({ id: 'option', optionId: 'high-availability', amount: '144.90' });
    await el.updateComplete;
    expect(rows(el, '.price')).to.not.deep.equal(before);
    expect(rows(el, '.price')).to.include('High availability €144.90');
    expect(text($(el, '.price [aria-live="polite"]'))).to.equal('Monthly price now €301.80.');
    await visit(el, 'Region');
    ($(el, '[data-value="de-north-1"]') as HTMLElement).click();
    await el.updateComplete;
    await visit(el, 'Options');
    expect(byId(el, 'options["high-availability"]')).to.equal(null);
    expect(rows(el, '.price')).to.not.include('High availability €144.90');
    // Kept in the draft, so Cologne brings it back; never sent for Hamburg.
    expect(el.draft.options).to.deep.include({ 'high-availability': true });
  });

  it('the summary recaps the options and shows the itemised total, options and tax included, beside "Place order now"', async () => {
    const el = await wizard(html`<order-wizard lang="en" persist="none" .draft=${{
      ...DATABASE, options: { 'instance-name': 'orders-db', 'high-availability': true, 'maintenance-window': 'wed-03' },
    }}></order-wizard>`);
    expect(heading(el)).to.equal('Check and place your order');
    const recap = [...root(el).querySelectorAll('.summary-row')].map((row) => `${text(row.querySelector('dt'))}: ${text(row.querySelector('dd'))}`);
    expect(recap).to.include.members([
      'Instance name: orders-db', 'High availability: Yes', 'Backup retention: 7 days', 'Maintenance window: Wednesday 03:00–05:00',
    ]);
    const total = $(el, '.order-total')!;
    expect(total.nextElementSibling?.classList.contains('actions') || !!total.parentElement?.querySelector('.actions .place-order')).to.equal(true);
    expect(rows(el, '.order-total')).to.deep.equal([
      'Node M €144.90', 'Storage, 100 GB €12.00', 'High availability €144.90', 'Total per month €301.80',
      'Plus 19 % VAT €57.34', 'Total per month including VAT €359.14',
    ]);
    expect(text($(el, '.order-total .price-hourly'))).to.equal('About €0.4920 per hour');
  });

  it('the options travel in the order, and a saved draft brings them back after a reload', async () => {
    sessionStorage.clear();
    const template = () => html`<order-wizard lang="en" persist-key="options-test"></order-wizard>`;
    const el = await wizard(template());
    el.draft = { ...DATABASE, options: { 'instance-name': 'orders-db', 'backup-retention': 21 } };
    await el.updateComplete;
    for (const box of root(el).querySelectorAll<HTMLInputElement>('.documents input')) box.click();
    await el.updateComplete;
    const submitted = oneEvent(el, 'order-submit');
    $<HTMLButtonElement>(el, '.place-order')!.click();
    const { detail } = await submitted;
    expect(detail.order.options).to.deep.equal({
      'instance-name': 'orders-db', 'high-availability': false, 'backup-retention': 21, 'maintenance-window': 'sun-02',
    });
    el.remove();
    const again = await wizard(template());
    expect(again.draft.options).to.deep.equal({ 'instance-name': 'orders-db', 'backup-retention': 21 });
    sessionStorage.clear();
  });

  it('a preset keeps valid option values and reports the others by path', async () => {
    const el = await fixture<OrderWizard>(html`<order-wizard lang="en" persist="none"></order-wizard>`);
    const reported = oneEvent(el, 'order-config-error');
    el.draft = { ...DATABASE, options: { 'instance-name': 'Orders DB', 'backup-retention': 14, backups: true } };
    const { detail } = await reported;
    expect(detail.issues.map((issue: { path: string; code: string }) => [issue.path, issue.code])).to.deep.equal([
      ['options["instance-name"]', 'option-pattern-mismatch'], ['options.backups', 'unknown-option'],
    ]);
    await waitUntil(() => el.draft.options !== undefined);
    expect(el.draft.options).to.deep.equal({ 'backup-retention': 14 });
  });
});
