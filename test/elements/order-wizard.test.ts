import 'axe-core/axe.min.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { builtInCatalog } from '../../src/catalogs/built-in-catalog.js';
import { catalogInLocale } from '../../src/core/localized-text.js';
import { validateOrder } from '../../src/core/order-validation.js';
import type { StepId } from '../../src/core/wizard-steps.js';
import type { OrderChangeDetail, OrderWizard } from '../../src/elements/order-wizard/order-wizard.js';
import { completePreset, PROFILE } from './wizard-presets.js';
import {
  $, byId, clearField, deepActive, fillNewProfileByKeyboard, heading, isClass, isId, isRadioIn, press, root, tabTo, text, typeText,
} from './wizard-dom.js';

/** Everything but the documents, which a preset cannot accept for the customer. */
const PRESET = completePreset('keycloak', '26');

async function wizard(template = html`<order-wizard lang="en"></order-wizard>`): Promise<OrderWizard> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button>${template}</div>`);
  const el = wrapper.querySelector('order-wizard')!;
  await el.updateComplete;
  return el;
}

const current = (el: OrderWizard) => text($(el, '[aria-current="step"] .step-name'));
const priceRows = (el: OrderWizard) =>
  [...root(el).querySelectorAll('.price-row')].map((row) => `${text(row.querySelector('dt'))} ${text(row.querySelector('dd'))}`);
const summaryLinks = (el: OrderWizard) => [...root(el).querySelectorAll<HTMLAnchorElement>('.error-summary a')];


/** Goes to a step through its button in the step list. */
async function visit(el: OrderWizard, step: StepId): Promise<void> {
  const names: Record<StepId, string> = {
    service: 'Service', size: 'Node size', storage: 'Storage', 'trusted-sources': 'Trusted sources', region: 'Region',
    options: 'Options', billing: 'Invoice profile', summary: 'Summary',
  };
  if (current(el) === names[step]) return;
  const button = [...root(el).querySelectorAll<HTMLButtonElement>('nav button')].find((b) => text(b.querySelector('.step-name')) === names[step]);
  if (!button) throw new Error(`no step button for ${step}`);
  button.click();
  await el.updateComplete;
}

/** A wizard with the preset, on the trusted-sources step, with `address` typed into the editor's new-address field. */
async function typedNewAddress(address: string) {
  const el = await wizard(html`<order-wizard lang="en" .draft=${PRESET}></order-wizard>`);
  await visit(el, 'trusted-sources');
  const editor = $(el, 'trusted-sources-editor')!;
  const field = editor.shadowRoot!.getElementById('new-address') as HTMLInputElement;
  field.focus();
  await typeText(el, address);
  return { el, editor, field };
}

const ALL_STEPS: StepId[] = ['service', 'size', 'storage', 'trusted-sources', 'region', 'billing', 'summary'];

afterEach(() => sessionStorage.clear());
beforeEach(() => sessionStorage.clear());

describe('<order-wizard>', () => {
  describe('accessibility', () => {
    for (const lang of ['en', 'de']) {
      for (const step of ALL_STEPS) {
        it(`is accessible on the ${step} step (${lang})`, async () => {
          const el = await wizard(html`<order-wizard lang=${lang} .draft=${PRESET}></order-wizard>`);
          if (lang === 'de') {
            // Step buttons carry German names: go there by the draft's step list order instead.
            const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('nav button')];
            buttons[ALL_STEPS.indexOf(step)]?.click();
            await el.updateComplete;
          } else if (step !== 'summary') await visit(el, step);
          await waitUntil(() => !!$(el, '#step-heading'));
          await expect(el).to.be.accessible();
        });
      }
    }

    it('is accessible with errors shown (error summary and inline errors)', async () => {
      const el = await wizard(html`<order-wizard lang="en" .draft=${{ ...PRESET, billing: { mode: 'new', newProfile: { ...PROFILE, email: 'x' } } }}></order-wizard>`);
      await visit(el, 'storage');
      byId(el, 'storageGb')!.focus();
      await clearField(el);
      await typeText(el, 'abc');
      $<HTMLButtonElement>(el, '.next')!.click();
      await el.updateComplete;
      expect(summaryLinks(el)).to.have.length(1);
      await expect(el).to.be.accessible();
      await visit(el, 'billing');
      $<HTMLButtonElement>(el, '.next')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible on the summary with document errors', async () => {
      const el = await wizard(html`<order-wizard lang="de" .draft=${PRESET}></order-wizard>`);
      $<HTMLButtonElement>(el, '.place-order')!.click();
      await el.updateComplete;
      expect(summaryLinks(el).length).to.equal(3);
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('works out of the box: built-in services grouped by kind, first step, heading, price hint', async () => {
      const el = await wizard();
      expect(heading(el)).to.equal('Choose the service');
      expect(current(el)).to.equal('Service');
      const names = [...root(el).querySelectorAll('.group-service [role=radio] .name')].map(text);
      expect(names).to.deep.equal(catalogInLocale(builtInCatalog, 'en').services.map((service) => service.name));
      expect([...root(el).querySelectorAll('.section-heading')].map(text)).to.deep.equal([
        'Identity and access management', 'Databases', 'Container registry',
      ]);
      expect(root(el).querySelectorAll('nav li')).to.have.length(7);
      expect(text($(el, '.price'))).to.contain('The price appears once you choose a service');
      expect($(el, '.back')).to.equal(null);
    });

    it('the first radio is the first tab stop', async () => {
      const el = await wizard();
      document.getElementById('before')!.focus();
      await press(el, 'Tab');
      expect((deepActive() as HTMLElement).dataset.value).to.equal('keycloak');
    });

    it('service attribute fixes the service; its versions still show', async () => {
      const el = await wizard(html`<order-wizard lang="en" service="postgresql"></order-wizard>`);
      expect($(el, '.group-service')).to.equal(null);
      expect(el.draft.serviceId).to.equal('postgresql');
      expect($(el, '.group-version [aria-checked="true"]')!.dataset.value).to.equal('17');
    });

    it('skips the service step for a catalog with one single-version service', async () => {
      const input = structuredClone((await import('../../src/catalogs/built-in-catalog.js')).builtInCatalogInput);
      input.services = input.services.filter((service) => service.id === 'keycloak').map((service) => ({ ...service, versions: ['26'] }));
      input.regions = input.regions.map((region) => ({ ...region, offers: [{ service: 'keycloak' }] }));
      // Nor an option in the service step (the instance name), which would keep the step.
      input.options = input.options!.filter((option) => !option.services && option.showIn !== 'service');
      const el = await wizard(html`<order-wizard lang="en" .catalog=${input}></order-wizard>`);
      expect(root(el).querySelectorAll('nav li')).to.have.length(6);
      expect(heading(el)).to.equal('Choose the node type and size');
    });
  });

  describe('a complete order with the keyboard alone', () => {
    const cases: [string, string][] = [
      ['keycloak', 'Keycloak as a Service'], ['mariadb', 'MariaDB'], ['postgresql', 'PostgreSQL'], ['mysql', 'MySQL'],
      ['harbor', 'Harbor Private Registry'],
    ];
    for (const [serviceId, name] of cases) {
      it(`places an order for ${name}`, async () => {
        const el = await wizard();
        el.addEventListener('order-submit', (event) => event.detail.respondWith(Promise.resolve({ orderId: 'o-1' })));
        document.getElementById('before')!.focus();

        // Service: arrows to the service, Space picks it; its first version is chosen, ArrowDown takes the second.
        await tabTo(el, isRadioIn('.group-service'), 'the service group');
        for (let i = 0; i < 5 && (deepActive() as HTMLElement).dataset.value !== serviceId; i += 1) await press(el, 'ArrowDown');
        await press(el, 'Space');
        expect(el.draft.serviceId).to.equal(serviceId);
        await tabTo(el, isRadioIn('.group-version'), 'the version group');
        await press(el, 'ArrowDown');
        const service = builtInCatalog.services.find((s) => s.id === serviceId)!;
        expect(el.draft.version).to.equal(service.versions[1]);
        // The instance name, an option of every service shown in this step.
        await tabTo(el, isId('options["instance-name"]'), 'the instance name');
        await typeText(el, `${serviceId}-prod`);
        await tabTo(el, isClass('next'), 'Next');
        await press(el, 'Enter');
        expect(deepActive()).to.equal($(el, '#step-heading'));
        expect(heading(el)).to.equal('Choose the node type and size');

        // Size: the picker's size group; Space picks the focused (cheapest) size.
        await tabTo(el, (a) => a.getAttribute('role') === 'radio' && !!a.closest('.sizes'), 'the size group');
        await press(el, 'Space');
        expect(el.draft.sizeId).to.equal('gp-s');
        if (serviceId === 'keycloak') {
          // Keycloak's node count, shown in this step.
          await tabTo(el, isId('options.nodes'), 'the number of nodes');
          await clearField(el);
          await typeText(el, '3');
        }
        await tabTo(el, isClass('next'), 'Next');
        await press(el, 'Enter');

        // Storage: typed into the number field; the slider follows.
        await tabTo(el, isId('storageGb'), 'the storage field');
        await clearField(el);
        await typeText(el, '100');
        expect(byId<HTMLInputElement>(el, 'storageGb-slider')!.value).to.equal('100');
        await tabTo(el, isClass('next'), 'Next');
        await press(el, 'Enter');

        // Trusted sources: typed into the editor, Enter adds it.
        await tabTo(el, isId('new-address'), 'the new-address field');
        await typeText(el, '123.123.123.123/32');
        await press(el, 'Enter');
        await waitUntil(() => el.draft.trustedSources.length === 1);
        await tabTo(el, isClass('next'), 'Next');
        await press(el, 'Enter');
        expect(heading(el)).to.equal('Choose the region');

        // Region, then zone B with the arrows ("No preference" comes first).
        await tabTo(el, isRadioIn('.group-region'), 'the region group');
        await press(el, 'Space');
        expect(el.draft.regionId).to.equal('de-west-1');
        await tabTo(el, isRadioIn('.group-zone'), 'the zone group');
        await press(el, 'ArrowDown');
        await press(el, 'ArrowDown');
        expect(el.draft.availabilityZoneId).to.equal('de-west-1b');
        await tabTo(el, isClass('next'), 'Next');
        await press(el, 'Enter');

        // Options: a standby, two weeks of backups and the Saturday window for databases; scanning for Harbor.
        if (service.kind === 'database') {
          expect(heading(el)).to.equal('Choose the options');
          await tabTo(el, isId('options["high-availability"]'), 'high availability');
          await press(el, 'Space');
          await tabTo(el, isId('options["backup-retention"]'), 'backup retention');
          await clearField(el);
          await typeText(el, '14');
          await tabTo(el, isRadioIn('.group-option-maintenance-window'), 'the maintenance window');
          await press(el, 'ArrowDown');
          await tabTo(el, isClass('next'), 'Next');
          await press(el, 'Enter');
        } else if (serviceId === 'harbor') {
          await tabTo(el, isId('options["vulnerability-scanning"]'), 'vulnerability scanning');
          await press(el, 'Space');
          await tabTo(el, isClass('next'), 'Next');
          await press(el, 'Enter');
        }

        // Billing: "New invoice profile", then the form.
        await fillNewProfileByKeyboard(el);
        await tabTo(el, isClass('next'), 'Next');
        await press(el, 'Enter');
        expect(heading(el)).to.equal('Check and place your order');

        // Summary: each document's own checkbox, then "Place order now".
        const boxes = [...root(el).querySelectorAll<HTMLInputElement>('.documents input[type=checkbox]')];
        expect(boxes.length).to.equal(3);
        for (const box of boxes) {
          await tabTo(el, (a) => a === box, box.id);
          await press(el, 'Space');
        }
        await tabTo(el, isClass('place-order'), 'Place order now');
        const placed = oneEvent(el, 'order-placed');
        await press(el, 'Enter');
        const { detail } = await placed;
        expect(detail.orderId).to.equal('o-1');
        const checked = validateOrder(builtInCatalog, detail.order);
        expect(checked.ok, JSON.stringify(checked)).to.equal(true);
        expect(detail.order).to.include({ serviceId, version: service.versions[1], sizeId: 'gp-s', storageGb: 100, regionId: 'de-west-1' });
        const options: Record<string, unknown> = { 'instance-name': `${serviceId}-prod` };
        if (serviceId === 'keycloak') options['nodes'] = 3;
        if (service.kind === 'database') Object.assign(options, { 'high-availability': true, 'backup-retention': 14, 'maintenance-window': 'sat-02' });
        if (serviceId === 'harbor') options['vulnerability-scanning'] = true;
        expect(detail.order.options).to.deep.equal(options);
        await el.updateComplete;
        expect(text($(el, '.order-id'))).to.equal('Order number: o-1');
        expect($(el, 'order-status-badge')!.getAttribute('order-id')).to.equal('o-1');
        expect(deepActive()).to.equal($(el, '#step-heading'));
      });
    }
  });

  describe('Next and the error summary', () => {
    it('Next on an empty step stays, focuses the error summary, and its link focuses the field', async () => {
      const el = await wizard();
      const changes: unknown[] = [];
      el.addEventListener('order-step-change', (event) => changes.push(event.detail));
      $<HTMLButtonElement>(el, '.next')!.click();
      await el.updateComplete;
      expect(heading(el)).to.equal('Choose the service');
      expect(changes).to.deep.equal([]);
      const summary = $(el, '.error-summary')!;
      // GOV.UK Frontend's markup: the focusable box holds the alert, which holds the heading and the links.
      expect(summary.querySelector('[role=alert] h3')?.textContent).to.equal('There is a problem');
      expect(summary.querySelectorAll('[role=alert] a').length).to.equal(1);
      expect(deepActive()).to.equal(summary);
      expect(summaryLinks(el).map(text)).to.deep.equal(['Select a service.']);
      expect(byId(el, 'serviceId')!.getAttribute('aria-invalid')).to.equal('true');
      expect(text(byId(el, 'serviceId-error'))).to.equal('Error: Select a service.');
      expect(byId(el, 'serviceId')!.getAttribute('aria-describedby')).to.equal('serviceId-error');
      summaryLinks(el)[0]!.click();
      expect((deepActive() as HTMLElement).dataset.value).to.equal('keycloak');
    });

    it('inline errors go away as the customer fixes them; the summary keeps the attempt\'s words until Next moves on', async () => {
      const el = await wizard();
      $<HTMLButtonElement>(el, '.next')!.click();
      await el.updateComplete;
      const summary = $(el, '.error-summary');
      ($(el, '[data-value="mysql"]') as HTMLElement).click();
      await el.updateComplete;
      expect(byId(el, 'serviceId')!.getAttribute('aria-invalid')).to.equal('false');
      expect(text(byId(el, 'serviceId-error'))).to.equal('');
      expect($(el, '.error-summary') === summary).to.equal(true);
      expect(summaryLinks(el).map(text)).to.deep.equal(['Select a service.']);
      $<HTMLButtonElement>(el, '.next')!.click();
      await el.updateComplete;
      expect(heading(el)).to.not.equal('Choose the service');
      expect(summaryLinks(el)).to.have.length(0);
    });

    /** The error summary as a screen reader meets it: the role of what it holds, and its words. */
    const summaryNow = (el: OrderWizard) => {
      const summary = $(el, '.error-summary');
      return { role: summary?.firstElementChild?.getAttribute('role') ?? null, words: text(summary) };
    };

    /** Next pressed where it must fail: the summary it shows (an alert) and its element. */
    const failedNext = async (el: OrderWizard) => {
      $<HTMLButtonElement>(el, '.next')!.click();
      await el.updateComplete;
      const shown = summaryNow(el);
      expect(shown.role).to.equal('alert');
      return { shown, alert: $(el, '.error-summary') };
    };
    /** After a key: the same summary element with the same role and words. */
    const expectSameAlert = (el: OrderWizard, before: { shown: ReturnType<typeof summaryNow>; alert: Element | null }, key: string) => {
      expect(summaryNow(el), `after ${key}`).to.deep.equal(before.shown);
      expect($(el, '.error-summary') === before.alert, `the same alert after ${key}`).to.equal(true);
    };

    it('typing in the storage field after a failed Next changes the inline error, never the alert; the next Next does', async () => {
      const el = await wizard(html`<order-wizard lang="en" .draft=${PRESET}></order-wizard>`);
      await visit(el, 'storage');
      const storage = byId<HTMLInputElement>(el, 'storageGb')!;
      storage.focus();
      await clearField(el);
      await typeText(el, '55');
      const failed = await failedNext(el);
      const { shown, alert } = failed;
      expect(shown.words).to.equal('There is a problem From your last try. Fixed entries are crossed out; the step is checked again when you go on. '
        + 'Storage comes in steps of 10 GB: choose 50 GB or 60 GB.');
      expect(deepActive() === alert).to.equal(true);
      const inline = () => text(byId(el, 'storageGb-error'));

      storage.focus();
      const seen: string[] = [];
      for (const key of ['Backspace', 'Backspace', '4', '0', 'Backspace', 'Backspace', '5', '0', '5']) {
        await press(el, key);
        seen.push(inline());
        expectSameAlert(el, failed, key);
      }
      expect(storage.value).to.equal('505');
      expect(seen).to.deep.equal([
        'Error: Choose at least 50 GB of storage.', 'Error: Enter the storage size as a number of GB.',
        'Error: Choose at least 50 GB of storage.', 'Error: Choose at least 50 GB of storage.',
        'Error: Choose at least 50 GB of storage.', 'Error: Enter the storage size as a number of GB.',
        'Error: Choose at least 50 GB of storage.', '', 'Error: Storage comes in steps of 10 GB: choose 500 GB or 510 GB.',
      ]);

      $<HTMLButtonElement>(el, '.next')!.click();
      await el.updateComplete;
      expect(summaryNow(el).role).to.equal('alert');
      expect(summaryNow(el).words).to.equal('There is a problem From your last try. Fixed entries are crossed out; the step is checked again when you go on. '
        + 'Storage comes in steps of 10 GB: choose 500 GB or 510 GB.');
      expect(deepActive() === $(el, '.error-summary')).to.equal(true);
      await expect(el).to.be.accessible();

      storage.focus();
      await press(el, 'Backspace');
      $<HTMLButtonElement>(el, '.next')!.click();
      await el.updateComplete;
      expect(heading(el)).to.equal('Enable access');
      expect(summaryNow(el)).to.deep.equal({ role: null, words: '' });
    });

    it('typing in the new-address field after a failed Next changes the inline error, never the alert; the next Next does', async () => {
      const { el, field } = await typedNewAddress('999.1.1.1');
      const failed = await failedNext(el);
      const { shown } = failed;
      expect(shown.words).to.contain('999.1.1.1');
      const inline = () => text(byId(el, 'trustedSources-error'));
      const first = inline();
      expect(first).to.contain('999.1.1.1');

      field.focus();
      for (let i = 0; i < 9; i += 1) await press(el, 'Backspace');
      expect(field.value).to.equal('');
      expect(summaryNow(el)).to.deep.equal(shown);
      expect(inline()).to.equal('');
      for (const key of '9.9.9.9') {
        await press(el, key);
        expectSameAlert(el, failed, key);
      }
      expect(inline()).to.equal('Error: 9.9.9.9 has not been added yet: press Add, or clear the field.');

      $<HTMLButtonElement>(el, '.next')!.click();
      await el.updateComplete;
      expect(summaryNow(el).role).to.equal('alert');
      expect(summaryNow(el).words).to.equal('There is a problem From your last try. Fixed entries are crossed out; the step is checked again when you go on. '
        + '9.9.9.9 has not been added yet: press Add, or clear the field.');
      await expect(el).to.be.accessible();

      field.focus();
      await press(el, 'Enter');
      expect(el.draft.trustedSources).to.deep.equal([{ address: '123.123.123.123/32' }, { address: '9.9.9.9/32' }]);
      $<HTMLButtonElement>(el, '.next')!.click();
      await el.updateComplete;
      expect(heading(el)).to.not.equal('Enable access');
      expect(summaryNow(el)).to.deep.equal({ role: null, words: '' });
    });

    const storageCases: [string, string][] = [
      ['49', 'Choose at least 50 GB of storage.'],
      ['50.5', 'Storage comes in steps of 10 GB: choose 50 GB or 60 GB.'],
      ['55', 'Storage comes in steps of 10 GB: choose 50 GB or 60 GB.'],
      ['abc', 'Enter the storage size as a number of GB.'],
      ['', 'Enter the storage size as a number of GB.'],
      ['1e309', 'Enter the storage size as a number of GB.'],
      ['-10', 'Choose at least 50 GB of storage.'],
      ['2010', 'Choose at most 2,000 GB of storage.'],
    ];
    for (const [typed, message] of storageCases) {
      it(`storage "${typed}" is kept as typed and blocks Next: ${message}`, async () => {
        const el = await wizard(html`<order-wizard lang="en" .draft=${PRESET}></order-wizard>`);
        await visit(el, 'storage');
        byId(el, 'storageGb')!.focus();
        await clearField(el);
        if (typed) await typeText(el, typed);
        expect(byId<HTMLInputElement>(el, 'storageGb')!.value).to.equal(typed);
        expect(String(el.draft.storageGb)).to.equal(typed);
        $<HTMLButtonElement>(el, '.next')!.click();
        await el.updateComplete;
        expect(heading(el)).to.equal('Choose the storage size');
        expect(summaryLinks(el).map(text)).to.deep.equal([message]);
        summaryLinks(el)[0]!.click();
        expect(deepActive()).to.equal(byId(el, 'storageGb'));
      });
    }

    it('the slider and the field stay in sync', async () => {
      const el = await wizard(html`<order-wizard lang="en" .draft=${PRESET}></order-wizard>`);
      await visit(el, 'storage');
      const slider = byId<HTMLInputElement>(el, 'storageGb-slider')!;
      slider.focus();
      await press(el, 'ArrowRight');
      expect(slider.value).to.equal('110');
      expect(byId<HTMLInputElement>(el, 'storageGb')!.value).to.equal('110');
      expect(slider.getAttribute('aria-valuetext')).to.equal('110 GB');
    });

    it('links to fields inside the child elements focus them (size picker, trusted-sources editor)', async () => {
      const el = await wizard(html`<order-wizard lang="en" .draft=${{ serviceId: 'mariadb' }}></order-wizard>`);
      await visit(el, 'size');
      $<HTMLButtonElement>(el, '.next')!.click();
      await el.updateComplete;
      expect(summaryLinks(el).map(text)).to.deep.equal(['Select a node size.']);
      summaryLinks(el)[0]!.click();
      // The picker's own focus() takes the tab stop of its size group.
      expect($(el, 'node-size-picker')!.shadowRoot!.contains(deepActive())).to.equal(true);
      ($(el, 'node-size-picker')!.shadowRoot!.querySelector('[data-value="gp-m"]') as HTMLElement).click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '.next')!.click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '.next')!.click();
      await el.updateComplete;
      expect(heading(el)).to.equal('Enable access');
      $<HTMLButtonElement>(el, '.next')!.click();
      await el.updateComplete;
      expect(summaryLinks(el).map(text)).to.deep.equal([
        'All access stays blocked until you add at least one trusted source.',
      ]);
      summaryLinks(el)[0]!.click();
      expect(deepActive()!.id).to.equal('new-address');
    });

    it('the "Select a node size" link, followed with the keyboard, lands on a size: Space picks it', async () => {
      const el = await wizard(html`<order-wizard lang="en" .draft=${{ serviceId: 'mariadb' }}></order-wizard>`);
      await visit(el, 'size');
      await tabTo(el, isClass('next'), 'Next');
      await press(el, 'Enter');
      expect(deepActive()).to.equal($(el, '.error-summary'));
      await tabTo(el, (active) => active.tagName === 'A' && text(active) === 'Select a node size.', 'the summary link');
      await press(el, 'Enter');
      const picker = $(el, 'node-size-picker')!;
      const sizes = [...picker.shadowRoot!.querySelectorAll<HTMLElement>('.sizes [role=radio]')];
      expect(deepActive()).to.equal(sizes[0]);
      await press(el, 'Space');
      expect(el.draft.sizeId).to.equal(sizes[0]!.dataset.value);
    });

    it('trusted sources: text typed into the editor but not added blocks Next, in the same words as the editor\'s own check', async () => {
      const { el, editor } = await typedNewAddress('999.1.1.1');
      expect(el.draft.trustedSources).to.deep.equal([{ address: '123.123.123.123/32' }]);
      $<HTMLButtonElement>(el, '.next')!.click();
      await el.updateComplete;
      expect(heading(el)).to.equal('Enable access');
      expect(summaryLinks(el).map(text)).to.deep.equal([(editor as unknown as { validationMessage: string }).validationMessage]);
      expect(summaryLinks(el)[0]!.textContent).to.contain('999');
      summaryLinks(el)[0]!.click();
      expect(editor.shadowRoot!.contains(deepActive())).to.equal(true);
    });

    it('billing: each missing field is a link that focuses its input; Back keeps everything', async () => {
      const el = await wizard(html`<order-wizard lang="en" .draft=${{ ...PRESET, billing: { mode: 'new', newProfile: { ...PROFILE, company: '', email: 'nope' } } }}></order-wizard>`);
      await visit(el, 'billing');
      $<HTMLButtonElement>(el, '.next')!.click();
      await el.updateComplete;
      expect(summaryLinks(el).map(text)).to.deep.equal(['Enter the company name.', 'Enter an email address in the form name@example.com.']);
      summaryLinks(el)[1]!.click();
      expect(deepActive()).to.equal(byId(el, 'billingProfile.new.email'));
      expect(byId(el, 'billingProfile.new.email')!.getAttribute('autocomplete')).to.equal('email');
      $<HTMLButtonElement>(el, '.back')!.click();
      await el.updateComplete;
      expect(heading(el)).to.equal('Choose the region');
      await visit(el, 'billing');
      expect(byId<HTMLInputElement>(el, 'billingProfile.new.email')!.value).to.equal('nope');
    });

    it('a pasted bidi override or control character shows its error at the field it is in', async () => {
      const el = await wizard(html`<order-wizard lang="en" .draft=${{ ...PRESET, billing: { mode: 'new', newProfile: { ...PROFILE } } }}></order-wizard>`);
      await visit(el, 'billing');
      const company = byId<HTMLInputElement>(el, 'billingProfile.new.company')!;
      company.focus();
      await clearField(el);
      await typeText(el, 'Acme \u202eHbmG');
      expect(company.value).to.equal('Acme \u202eHbmG');
      $<HTMLButtonElement>(el, '.next')!.click();
      await el.updateComplete;
      const message = 'Remove the invisible character (U+202E) that changes the reading direction of this text.';
      expect(summaryLinks(el).map(text)).to.deep.equal([message]);
      expect(company.getAttribute('aria-invalid')).to.equal('true');
      const described = company.getAttribute('aria-describedby')!.split(' ').map((id) => text(byId(el, id)));
      expect(described.join(' ')).to.contain(message);
    });

    it('a trusted-source label with a control character is an error of the trusted-sources step', async () => {
      const el = await wizard(html`<order-wizard lang="en" .draft=${PRESET}></order-wizard>`);
      await visit(el, 'trusted-sources');
      const editor = $(el, 'trusted-sources-editor')!;
      const label = editor.shadowRoot!.querySelector<HTMLInputElement>('input.label')!;
      label.focus();
      await clearField(el);
      await typeText(el, 'office\u2067');
      expect(label.value).to.equal('office\u2067');
      $<HTMLButtonElement>(el, '.next')!.click();
      await el.updateComplete;
      expect(heading(el)).to.equal('Enable access');
      expect(summaryLinks(el).map(text)).to.deep.equal(['Remove the invisible character (U+2067) that changes the reading direction of this text.']);
    });

    it('existing invoice profiles come first; the country list is localised', async () => {
      const profiles = [{ id: 'p-1', label: 'ACME GmbH, Köln' }];
      const el = await wizard(html`<order-wizard lang="de" .billingProfiles=${profiles} .draft=${PRESET}></order-wizard>`);
      root(el).querySelectorAll<HTMLButtonElement>('nav button')[5]!.click();
      await el.updateComplete;
      expect([...root(el).querySelectorAll('.group-billing .name')].map(text)).to.deep.equal(['ACME GmbH, Köln', 'Neues Rechnungsprofil']);
      const country = byId<HTMLSelectElement>(el, 'billingProfile.new.country')!;
      expect(country.selectedOptions[0]!.textContent).to.equal('Deutschland');
      ($(el, '[data-value="p-1"]') as HTMLElement).click();
      await el.updateComplete;
      expect(el.draft.billing).to.include({ mode: 'existing', profileId: 'p-1' });
      expect(byId(el, 'billingProfile.new.country')).to.equal(null);
    });
  });

  describe('moving between steps', () => {
    it('each step change moves focus to the heading and fires order-step-change', async () => {
      const el = await wizard(html`<order-wizard lang="en" .draft=${PRESET}></order-wizard>`);
      const event = oneEvent(el, 'order-step-change');
      await visit(el, 'size');
      const { detail, bubbles, composed, cancelable } = await event;
      expect({ detail, bubbles, composed, cancelable }).to.deep.equal({
        detail: { from: 'summary', to: 'size' }, bubbles: true, composed: true, cancelable: true,
      });
      await el.updateComplete;
      expect(deepActive()).to.equal($(el, '#step-heading'));
      expect($(el, '[aria-current="step"]')).to.not.equal(null);
      expect(text($(el, 'nav li.done'))).to.contain('(completed)');
    });

    it('a host that cancels order-step-change keeps the wizard on its step', async () => {
      const el = await wizard(html`<order-wizard lang="en" .draft=${{ serviceId: 'keycloak' }}></order-wizard>`);
      expect(heading(el)).to.equal('Choose the node type and size');
      el.addEventListener('order-step-change', (event) => event.preventDefault());
      $<HTMLButtonElement>(el, '.back')!.click();
      await el.updateComplete;
      expect(heading(el)).to.equal('Choose the node type and size');
    });

    it('steps not reached yet are not buttons', async () => {
      const el = await wizard();
      expect(root(el).querySelectorAll('nav button')).to.have.length(0);
      expect(root(el).querySelectorAll('nav li.todo')).to.have.length(6);
    });

    it('"Change" on the summary goes back to the step; Next comes forward again', async () => {
      const el = await wizard(html`<order-wizard lang="en" .draft=${PRESET}></order-wizard>`);
      expect(heading(el)).to.equal('Check and place your order');
      const rows = [...root(el).querySelectorAll('.summary-row')];
      const row = rows.find((candidate) => text(candidate.querySelector('dt')) === 'Region')!;
      expect(text(row.querySelector('dd'))).to.equal('Germany West (Cologne)');
      const change = row.querySelector('button')!;
      expect(text(change)).to.equal('Change Region');
      change.click();
      await el.updateComplete;
      expect(heading(el)).to.equal('Choose the region');
      expect(deepActive()).to.equal($(el, '#step-heading'));
    });

    it('document titles are links opening a new tab, text only; each has its own checkbox', async () => {
      const input = structuredClone((await import('../../src/catalogs/built-in-catalog.js')).builtInCatalogInput);
      input.documents![0]!.title = '<img src=x onerror=alert(1)> Terms';
      const el = await wizard(html`<order-wizard lang="en" .catalog=${input} .draft=${PRESET}></order-wizard>`);
      const links = [...root(el).querySelectorAll<HTMLAnchorElement>('.documents a')];
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
        'https://example.com/legal/terms-v3.pdf', 'https://example.com/legal/dpa-v2.1.pdf',
        'https://example.com/legal/service-description-keycloak-v1.4.pdf',
      ]);
      expect(links.every((link) => link.target === '_blank' && link.rel === 'noopener noreferrer')).to.equal(true);
      expect(root(el).querySelector('.documents img')).to.equal(null);
      expect(text(links[0])).to.contain('<img src=x onerror=alert(1)> Terms');
      const label = [...root(el).querySelectorAll('label')].find((candidate) => candidate.htmlFor === 'acceptedDocuments.dpa');
      expect(text(label)).to.equal('I have read and accept “Data Processing Agreement”.');
    });
  });

  describe('price', () => {
    it('is itemised, follows the draft, and says the new total in a polite live region', async () => {
      const el = await wizard(html`<order-wizard lang="en" .draft=${{ serviceId: 'keycloak', sizeId: 'gp-s' }}></order-wizard>`);
      const rows = () => priceRows(el);
      expect(rows()).to.deep.equal([
        'Node S €79.00', 'Storage, 50 GB €6.00', 'Total per month €85.00', 'Plus 19 % VAT €16.15', 'Total per month including VAT €101.15',
      ]);
      // 101.15 / 730 hours = 0.13856…
      expect(text($(el, '.price .price-hourly'))).to.equal('About €0.1386 per hour');
      const live = $(el, '.price [aria-live="polite"]')!;
      expect(text(live)).to.equal('');
      await visit(el, 'storage');
      const changes: OrderChangeDetail[] = [];
      el.addEventListener('order-change', (event) => changes.push(event.detail));
      byId(el, 'storageGb')!.focus();
      await clearField(el);
      await typeText(el, '100');
      // Each change's price is its draft's, also when read after the next changes (the price is made when read).
      // Storage that is no valid size yet is not priced.
      expect(changes.map(({ draft, price }) => `${draft.storageGb} GB: ${price.total}`)).to.deep.equal([
        ' GB: 79.00', '1 GB: 79.00', '10 GB: 79.00', '100 GB: 91.00',
      ]);
      expect(rows()).to.deep.equal([
        'Node S €79.00', 'Storage, 100 GB €12.00', 'Total per month €91.00', 'Plus 19 % VAT €17.29', 'Total per month including VAT €108.29',
      ]);
      expect(text(live)).to.equal('Monthly price now €91.00.');
      expect(el.draft.storageGb).to.equal('100');
    });

    it('is shown in German with German formatting', async () => {
      const el = await wizard(html`<order-wizard lang="de" .draft=${{ serviceId: 'harbor', sizeId: 'gp-m' }}></order-wizard>`);
      expect(priceRows(el)).to.deep.equal([
        'Knoten M 179,00 €', 'Speicher, 50 GB 3,00 €', 'Summe pro Monat 182,00 €', 'Zuzüglich 19 % USt. 34,58 €',
        'Summe pro Monat inklusive USt. 216,58 €',
      ]);
    });
  });

  describe('German throughout', () => {
    it('speaks German with formal address, errors included, and no English words', async () => {
      const el = await wizard(html`<order-wizard lang="de" .draft=${PRESET}></order-wizard>`);
      expect(heading(el)).to.equal('Prüfen und bestellen');
      root(el).querySelectorAll<HTMLButtonElement>('nav button')[2]!.click();
      await el.updateComplete;
      expect(heading(el)).to.equal('Wählen Sie die Speichergröße');
      byId(el, 'storageGb')!.focus();
      await clearField(el);
      await typeText(el, '55');
      $<HTMLButtonElement>(el, '.next')!.click();
      await el.updateComplete;
      expect(text($(el, '.error-summary'))).to.equal(
        'Es gibt ein Problem Stand Ihres letzten Versuchs. Behobene Einträge sind durchgestrichen; beim Weitergehen wird der Schritt '
        + 'erneut geprüft. Speicher gibt es in Schritten von 10 GB: Wählen Sie 50 GB oder 60 GB.',
      );
      expect(text(byId(el, 'storageGb-error'))).to.equal('Fehler: Speicher gibt es in Schritten von 10 GB: Wählen Sie 50 GB oder 60 GB.');
      const all = text($(el, '.base'));
      for (const english of ['Next', 'Back', 'Storage', 'Error', 'Step ', 'Monthly']) expect(all).to.not.contain(english);
      expect(all).to.contain('Weiter');
      expect(all).to.contain('Schritt 3 von 7');
    });
  });

  describe('integration', () => {
    it('the partner attribute travels as order.meta.partner', async () => {
      const el = await wizard(html`<order-wizard lang="en" partner="reseller-42" .draft=${PRESET}></order-wizard>`);
      el.addEventListener('order-submit', (event) => event.detail.respondWith(Promise.resolve({ orderId: 'o-7' })));
      for (const box of root(el).querySelectorAll<HTMLInputElement>('.documents input')) box.click();
      await el.updateComplete;
      const submitted = oneEvent(el, 'order-submit');
      $<HTMLButtonElement>(el, '.place-order')!.click();
      const { detail } = await submitted;
      expect(detail.order.meta).to.deep.equal({ partner: 'reseller-42' });
    });

    it('resolveClientAddress offers "Add my IP" in the trusted-sources step; the address becomes a row of the draft', async () => {
      const el = await wizard(html`<order-wizard lang="en" .draft=${PRESET}></order-wizard>`);
      await visit(el, 'trusted-sources');
      const editor = () => root(el).querySelector('trusted-sources-editor')!;
      expect(editor().shadowRoot!.querySelector('.my-ip')).to.equal(null);
      const asked: number[] = [];
      el.resolveClientAddress = async () => {
        asked.push(1);
        return '203.0.113.7';
      };
      await el.updateComplete;
      await editor().updateComplete;
      const button = editor().shadowRoot!.querySelector<HTMLButtonElement>('.my-ip')!;
      expect(text(button)).to.equal('Add my IP');
      button.focus();
      await press(el, 'Enter');
      await waitUntil(() => el.draft.trustedSources.length === 2);
      expect(asked).to.have.length(1);
      expect(el.draft.trustedSources).to.deep.equal([{ address: '123.123.123.123/32' }, { address: '203.0.113.7/32', label: 'My IP' }]);
      expect([...editor().shadowRoot!.querySelectorAll<HTMLInputElement>('input.address')].map((input) => input.value)).to.deep.equal([
        '123.123.123.123/32', '203.0.113.7/32',
      ]);
      el.resolveClientAddress = undefined;
      await el.updateComplete;
      await editor().updateComplete;
      expect(editor().shadowRoot!.querySelector('.my-ip')).to.equal(null);
    });

    it('two wizards on one page work independently', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <order-wizard id="one" lang="en"></order-wizard><order-wizard id="two" lang="de"></order-wizard></div>`);
      const [one, two] = [...wrapper.querySelectorAll('order-wizard')] as [OrderWizard, OrderWizard];
      await one.updateComplete;
      await two.updateComplete;
      ($(one, '[data-value="harbor"]') as HTMLElement).click();
      ($(two, '[data-value="mysql"]') as HTMLElement).click();
      await one.updateComplete;
      $<HTMLButtonElement>(one, '.next')!.click();
      await one.updateComplete;
      await two.updateComplete;
      expect([one.draft.serviceId, two.draft.serviceId]).to.deep.equal(['harbor', 'mysql']);
      expect([heading(one), heading(two)]).to.deep.equal(['Choose the node type and size', 'Wählen Sie den Dienst']);
      expect(Object.keys(sessionStorage).sort()).to.deep.equal(['order-wizard:any:one', 'order-wizard:any:two']);
    });

    it('provides catalog, draft and locale through @lit/context', async () => {
      const { ContextConsumer } = await import('@lit/context');
      const { wizardCatalogContext, wizardDraftContext, wizardLocaleContext } = await import(
        '../../src/elements/order-wizard/wizard-context.js'
      );
      const el = await wizard(html`<order-wizard lang="de" .draft=${{ serviceId: 'mysql' }}><span></span></order-wizard>`);
      const child = el.querySelector('span')!;
      const got: Record<string, unknown> = {};
      child.dispatchEvent(new (await import('@lit/context')).ContextEvent(wizardCatalogContext, child, (value) => (got.catalog = value)));
      child.dispatchEvent(new (await import('@lit/context')).ContextEvent(wizardDraftContext, child, (value) => (got.draft = value)));
      child.dispatchEvent(new (await import('@lit/context')).ContextEvent(wizardLocaleContext, child, (value) => (got.locale = value)));
      expect(ContextConsumer).to.be.a('function');
      expect(got.catalog).to.deep.equal(builtInCatalog);
      expect((got.draft as { serviceId: string }).serviceId).to.equal('mysql');
      expect(got.locale).to.equal('de');
    });
  });
});
