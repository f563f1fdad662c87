// The seeds' flow as a keyboard user meets it: a fixed service offers its versions alone, no price before a size,
// a step is completed only once the customer has been there, and the confirmation recaps the order and leads on.
import 'axe-core/axe.min.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { builtInCatalogInput } from '../../src/catalogs/built-in.js';
import type { OrderWizard } from '../../src/elements/order-wizard/order-wizard.js';
import type { OrderStatusBadge } from '../../src/elements/order-status-badge/order-status-badge.js';
import { $, deepActive, heading, press, root, tabTo, text } from './wizard-dom.js';

const radios = (el: OrderWizard, group: string) => [...root(el).querySelectorAll<HTMLElement>(`${group} [role=radio]`)].map((r) => r.dataset.value);
/** The step list as read: "Service (current step)", "Storage (not completed)", … */
const stepList = (el: OrderWizard) => [...root(el).querySelectorAll('nav li')].map((li) => text(li.querySelector('.step-label')).replace(/^\d+ /, ''));
const priceText = (el: OrderWizard) => text($(el, '.price'));
const priceRows = (el: OrderWizard) =>
  [...root(el).querySelectorAll('.price-row')].map((row) => `${text(row.querySelector('dt'))} ${text(row.querySelector('dd'))}`);

const isRadioIn = (group: string) => (active: Element) => active.getAttribute('role') === 'radio' && !!active.closest(group);
const isClass = (name: string) => (active: Element) => active.classList.contains(name);

async function wizard(template: unknown): Promise<OrderWizard> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button>${template}</div>`);
  const el = wrapper.querySelector('order-wizard')!;
  await el.updateComplete;
  document.getElementById('before')!.focus();
  return el;
}

/** Picks the service with the keyboard: Tab into the group, arrows to it, Space. */
async function chooseService(el: OrderWizard, serviceId: string): Promise<void> {
  await tabTo(el, isRadioIn('.group-service'), 'the service group');
  for (let i = 0; i < 5 && (deepActive() as HTMLElement).dataset.value !== serviceId; i += 1) await press(el, 'ArrowDown');
  await press(el, 'Space');
}

async function next(el: OrderWizard): Promise<void> {
  await tabTo(el, isClass('next'), 'Next');
  await press(el, 'Enter');
}

afterEach(() => sessionStorage.clear());
beforeEach(() => sessionStorage.clear());

describe('<order-wizard> the seeds\' flow', () => {
  describe('service="keycloak": the service is fixed', () => {
    it('is accessible on its version step', async () => {
      const el = await wizard(html`<order-wizard lang="en" service="keycloak"></order-wizard>`);
      await expect(el).to.be.accessible();
    });

    it('offers no other service, only the versions, under a heading that names the service', async () => {
      const el = await wizard(html`<order-wizard lang="en" service="keycloak"></order-wizard>`);
      expect(radios(el, '.group-service')).to.deep.equal([]);
      expect(text(root(el).querySelector('.step-content'))).not.to.match(/MariaDB|PostgreSQL|MySQL|Harbor/);
      expect(radios(el, '.group-version')).to.deep.equal(['26', '25']);
      expect(heading(el)).to.equal('Choose the version of Keycloak as a Service');
      expect(stepList(el)[0]).to.equal('Version (current step)');
      // The first tab stop is the version, and the arrows change it.
      await tabTo(el, isRadioIn('.group-version'), 'the version group');
      await press(el, 'ArrowDown');
      expect(el.draft).to.include({ serviceId: 'keycloak', version: '25' });
      await next(el);
      expect(heading(el)).to.equal('Choose the node type and size');
    });

    it('a draft or preset naming another service cannot replace it', async () => {
      const preset = JSON.stringify({ serviceId: 'harbor', version: '2.13', sizeId: 'gp-m' });
      const el = await wizard(html`<order-wizard lang="en" service="keycloak" preset=${preset}></order-wizard>`);
      // Harbor's version and size go with Harbor; the wizard opens on the first step left to do.
      expect(el.draft).to.include({ serviceId: 'keycloak', version: '26' });
      expect(el.draft.sizeId).to.equal(undefined);
      expect(heading(el)).to.equal('Choose the node type and size');
      expect(stepList(el)[0]).to.equal('Version (completed)');
    });

    it('in German the step and heading say the same', async () => {
      const el = await wizard(html`<order-wizard lang="de" service="keycloak"></order-wizard>`);
      expect(heading(el)).to.equal('Wählen Sie die Version von Keycloak as a Service');
      expect(stepList(el)[0]).to.equal('Version (aktueller Schritt)');
    });

    it('a fixed service with one version: the step is skipped, nothing is left to choose there', async () => {
      const input = structuredClone(builtInCatalogInput);
      for (const service of input.services) service.versions = service.versions.slice(0, 1);
      // Nor an option in the service step: the instance name would keep the step (the next test).
      input.options = input.options!.filter((option) => option.showIn !== 'service');
      const el = await wizard(html`<order-wizard lang="en" service="keycloak" .catalog=${input}></order-wizard>`);
      expect(heading(el)).to.equal('Choose the node type and size');
      expect(stepList(el)).to.have.length(6);
      expect(el.draft).to.include({ serviceId: 'keycloak', version: '26' });
    });

    it('a fixed service with one version keeps the step when an option shows there (its instance name)', async () => {
      const input = structuredClone(builtInCatalogInput);
      for (const service of input.services) service.versions = service.versions.slice(0, 1);
      const el = await wizard(html`<order-wizard lang="en" service="keycloak" .catalog=${input}></order-wizard>`);
      expect(heading(el)).to.equal('Choose the version of Keycloak as a Service');
      expect($(el, '.group-service')).to.equal(null);
      expect(text(root(el).querySelector('.field.option label'))).to.match(/^Instance name/);
    });

    it('without the attribute every service is offered, as before', async () => {
      const el = await wizard(html`<order-wizard lang="en"></order-wizard>`);
      expect(radios(el, '.group-service')).to.deep.equal(['keycloak', 'mariadb', 'postgresql', 'mysql', 'harbor']);
      expect(heading(el)).to.equal('Choose the service');
    });
  });

  describe('price panel: nothing before there is a price', () => {
    it('a chosen service (storage at its 50 GB minimum) shows the hint, no total; a size shows the itemised total', async () => {
      const el = await wizard(html`<order-wizard lang="en"></order-wizard>`);
      await chooseService(el, 'keycloak');
      expect(el.draft.storageGb).to.equal(50);
      // The chosen configuration heads the panel; no price yet.
      expect(priceText(el)).to.equal('Monthly price Keycloak as a Service 26 The price appears once you choose a service and a node size.');
      expect(priceText(el)).not.to.contain('€');
      expect(text($(el, '.price [aria-live="polite"]'))).to.equal('');
      await next(el);
      await tabTo(el, (a) => a.getAttribute('role') === 'radio' && !!a.closest('.sizes'), 'the size group');
      await press(el, 'Space');
      expect(priceRows(el)).to.deep.equal([
        'Node S €79.00', 'Storage, 50 GB €6.00', 'Total per month €85.00', 'Plus 19 % VAT €16.15', 'Total per month including VAT €101.15',
      ]);
      expect(text($(el, '.price [aria-live="polite"]'))).to.equal('Monthly price now €85.00.');
    });

    it('in German the hint is German', async () => {
      const el = await wizard(html`<order-wizard lang="de" .draft=${{ serviceId: 'harbor' }}></order-wizard>`);
      expect(priceText(el)).to.contain('Der Preis erscheint, sobald Sie einen Dienst und eine Knotengröße wählen.');
      expect(priceText(el)).not.to.contain('€');
    });
  });

  describe('step list: completed only once the customer has been there', () => {
    it('after choosing a service, storage (valid by default) is not completed until visited', async () => {
      const el = await wizard(html`<order-wizard lang="en"></order-wizard>`);
      await chooseService(el, 'postgresql');
      expect(stepList(el)).to.deep.equal([
        'Service (current step)', 'Node size (not completed)', 'Storage (not completed)', 'Trusted sources (not completed)',
        'Region (not completed)', 'Options (not completed)', 'Invoice profile (not completed)', 'Summary (not completed)',
      ]);
      await next(el);
      await tabTo(el, (a) => a.getAttribute('role') === 'radio' && !!a.closest('.sizes'), 'the size group');
      await press(el, 'Space');
      expect(stepList(el).slice(0, 3)).to.deep.equal(['Service (completed)', 'Node size (current step)', 'Storage (not completed)']);
      await next(el);
      await next(el);
      expect(heading(el)).to.equal('Enable access');
      expect(stepList(el).slice(0, 4)).to.deep.equal([
        'Service (completed)', 'Node size (completed)', 'Storage (completed)', 'Trusted sources (current step)',
      ]);
    });

    // A fresh start paints its first step before validating the draft; the step list is as the draft says once the
    // wizard is ready, and Next in that first frame validates like any other.
    it('a first step complete on its own: when the wizard is ready, the next step is a button', async () => {
      const input = structuredClone(builtInCatalogInput);
      input.services.find((service) => service.id === 'keycloak')!.versions = ['26'];
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('order-wizard');
      el.lang = 'en';
      el.service = 'keycloak';
      el.catalog = input;
      const ready = oneEvent(el, 'order-ready');
      wrapper.append(el);
      await ready;
      expect(stepList(el).slice(0, 2)).to.deep.equal(['Version (current step)', 'Node size (not completed)']);
      expect([...root(el).querySelectorAll('nav button')].map((button) => text(button).replace(/^\d+ /, ''))).to.deep.equal(['Node size (not completed)']);
    });

    it('Next pressed in the very first frame, nothing chosen, shows the error summary', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('order-wizard');
      el.lang = 'en';
      wrapper.append(el);
      // The frame that first shows the step, before the wizard is ready.
      await waitUntil(() => root(el)?.querySelector('button.next'), 'no Next button', { interval: 1 });
      (root(el).querySelector('button.next') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(heading(el)).to.equal('Choose the service');
      expect(text($(el, '.error-summary'))).to.match(/There is a problem.*service/i);
    });

    // Registering or connecting the wizard and drawing its first step are two tasks, not one long one (on a phone, from
    // the CDN file, they were one task 1.85× the floor page's longest).
    it('draws its first step in a task after the one that connected it', async () => {
      const input = structuredClone(builtInCatalogInput);
      input.services.find((service) => service.id === 'keycloak')!.name = 'Keycloak for partners';
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('order-wizard');
      el.lang = 'en';
      el.catalog = input;
      wrapper.append(el);
      for (let i = 0; i < 10; i++) await Promise.resolve();
      expect(root(el).childElementCount, 'drawn within the task that connected it').to.equal(0);
      await el.updateComplete;
      expect(heading(el)).to.equal('Choose the service');
      expect(text($(el, '.radio .name'))).to.equal('Keycloak for partners');
    });

    it("yields once to the browser's task scheduler before its first render", async () => {
      // The browser's own scheduler where it has one (Chromium, Firefox), watched; in WebKit, which has none, one that
      // continues after a timeout, as the wizard does without one. Whether the continuation runs before the next frame is
      // the browser's choice (Chromium's did in 19 of 20 loads at 4× CPU): the bench counts the frames (README,
      // Performance).
      const own = Object.getOwnPropertyDescriptor(globalThis, 'scheduler');
      const real = own && ((own.value ?? own.get!.call(globalThis)) as { yield?: () => Promise<void> });
      let yields = 0;
      const watched = {
        yield() {
          yields += 1;
          return real?.yield ? real.yield.call(real) : new Promise<void>((resolve) => setTimeout(resolve));
        },
      };
      Object.defineProperty(globalThis, 'scheduler', { value: watched, configurable: true, writable: true });
      try {
        const el = await wizard(html`<order-wizard lang="en" .catalog=${structuredClone(builtInCatalogInput)}></order-wizard>`);
        expect(yields, 'yields before the first render').to.equal(1);
        expect(heading(el)).to.equal('Choose the service');
      } finally {
        if (own) Object.defineProperty(globalThis, 'scheduler', own);
        else delete (globalThis as { scheduler?: unknown }).scheduler;
      }
    });
  });

  describe('confirmation', () => {
    const PRESET = {
      serviceId: 'keycloak', version: '26', sizeId: 'gp-m', storageGb: 100, trustedSources: ['123.123.123.123/32'],
      regionId: 'de-west-1', billing: { mode: 'existing', profileId: 'bp-1' },
    };

    async function placed(statusUrl?: string, lang = 'en', streamUrl?: string) {
      const el = await wizard(html`<order-wizard lang=${lang} service="keycloak" status-url=${statusUrl ?? ''}
        status-stream-url=${streamUrl ?? ''} .draft=${PRESET}
        .billingProfiles=${[{ id: 'bp-1', label: 'Example GmbH, Köln' }]}></order-wizard>`);
      el.addEventListener('order-submit', (event) => event.detail.respondWith(Promise.resolve({ orderId: 'ord 7/1' })));
      for (const box of root(el).querySelectorAll<HTMLInputElement>('.documents input')) {
        await tabTo(el, (a) => a === box, box.id);
        await press(el, 'Space');
      }
      await tabTo(el, isClass('place-order'), 'Place order now');
      const done = oneEvent(el, 'order-placed');
      await press(el, 'Enter');
      await done;
      await el.updateComplete;
      await waitUntil(() => deepActive() === $(el, '#step-heading'));
      return el;
    }

    it('is accessible', async () => {
      const el = await placed('/orders/{orderId}');
      await expect(el).to.be.accessible();
    });

    it('recaps what was ordered and its monthly price, says what happens next, links to the status page', async () => {
      const el = await placed('/orders/{orderId}?from=wizard');
      const confirmation = $(el, '.confirmation')!;
      const recap = Object.fromEntries([...confirmation.querySelectorAll('.summary-row')].map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]));
      expect(recap).to.deep.equal({
        Service: 'Keycloak as a Service', Version: '26', Node: 'General purpose, M (4 vCPU, 8 GiB RAM)', Storage: '100 GB',
        'Trusted sources': '123.123.123.123/32', Region: 'Germany West (Cologne)', 'Availability zone': 'No preference',
        'Number of nodes': '1', 'Invoice profile': 'Example GmbH, Köln', 'Total per month': '€161.00',
      });
      expect(confirmation.querySelectorAll('button')).to.have.length(0);
      expect(text(confirmation)).to.contain('What happens next: your service is set up automatically.');
      const link = confirmation.querySelector<HTMLAnchorElement>('a.status-link')!;
      expect(text(link)).to.equal('Go to the order status');
      expect(link.getAttribute('href')).to.equal('/orders/ord%207%2F1?from=wizard');
      // Tab reaches the link from the heading.
      await tabTo(el, (a) => a === link, 'the status link');
    });

    it('the badge does not repeat the order number shown above it', async () => {
      const el = await placed();
      expect(text($(el, '.order-id'))).to.equal('Order number: ord 7/1');
      const badge = $<OrderStatusBadge>(el, 'order-status-badge')!;
      await badge.updateComplete;
      expect(text(badge.shadowRoot!.querySelector('.live'))).to.equal('Received');
    });

    it('without status-url, or with a status-url that is no web link, there is no link', async () => {
      for (const url of [undefined, 'javascript:alert(1)//{orderId}']) {
        const el = await placed(url);
        expect($(el, '.confirmation a.status-link'), String(url)).to.equal(null);
        expect(text($(el, '.confirmation'))).to.contain('Total per month');
        el.parentElement!.remove();
        sessionStorage.clear();
      }
    });

    it('status-stream-url: the badge follows the order\'s stream, its id filled in and URL-encoded, and announces it', async () => {
      const el = await placed(undefined, 'en', '/api/orders/{orderId}/events');
      const badge = $<OrderStatusBadge>(el, 'order-status-badge')!;
      expect(badge.getAttribute('stream-url')).to.equal('/api/orders/ord%207%2F1/events');
      expect(badge.live).to.equal(true);
    });

    for (const url of [undefined, 'javascript:alert(1)//{orderId}']) {
      it(`status-stream-url ${JSON.stringify(url)}: the badge has no stream`, async () => {
        const el = await placed(undefined, 'en', url);
        const badge = $<OrderStatusBadge>(el, 'order-status-badge')!;
        expect(badge.hasAttribute('stream-url')).to.equal(false);
        expect(badge.live).to.equal(false);
      });
    }

    it('speaks German', async () => {
      const el = await placed('/orders/{orderId}', 'de');
      const confirmation = $(el, '.confirmation')!;
      expect(text(confirmation)).to.contain('Wie es weitergeht: Ihr Dienst wird automatisch eingerichtet.');
      expect(text(confirmation)).to.contain('Ihre Bestellung');
      expect(text(confirmation.querySelector('a.status-link'))).to.equal('Zum Bestellstatus');
      expect(text(confirmation)).to.contain('161,00 €');
    });

    it('a failed order offers the catalog\'s support link in the badge, in the page\'s language', async () => {
      const el = await placed(undefined, 'de');
      const badge = $<OrderStatusBadge>(el, 'order-status-badge')!;
      badge.status = 'failed';
      await badge.updateComplete;
      const support = badge.shadowRoot!.querySelector<HTMLAnchorElement>('a.support')!;
      expect(support.getAttribute('href')).to.equal('https://example.com/de/support/ticket');
    });
  });
});
