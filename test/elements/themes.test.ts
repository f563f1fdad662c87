// Light and dark: the elements follow the host page's declared color-scheme (as light-dark() does), never the user's
// preference alone, so a light-only portal never shows a dark widget. Both themes keep AA contrast (axe).
import 'axe-core/axe.min.js';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { ENGINE } from '../support/input.js';
import '../../src/define.js';
import { builtInCatalog } from '../../src/catalogs/built-in-catalog.js';
import { catalogInLocale } from '../../src/core/localized-text.js';
import type { OrderWizard } from '../../src/elements/order-wizard/order-wizard.js';
import type { TrustedSourcesEditor } from '../../src/elements/trusted-sources-editor/trusted-sources-editor.js';
import { ORDER_STATUSES } from '../../src/schema/order-status.js';
import { PROFILE } from './wizard-presets.js';

const LIGHT_TEXT = 'rgb(17, 34, 51)';
const DARK_TEXT = 'rgb(238, 238, 238)';
const LIGHT_SURFACE = 'rgb(255, 255, 255)';
const DARK_SURFACE = 'rgb(17, 17, 17)';

let pageStyle: HTMLStyleElement | undefined;

/**
 * The user's preference, as the browser would report it. Only Chromium's DevTools can emulate it; elsewhere the rows
 * of a user preferring dark are on the list of test/support/engine.ts and the browser's own (light) preference holds.
 */
async function prefer(colorScheme: 'light' | 'dark'): Promise<void> {
  if (ENGINE === 'chromium') await emulateMedia({ colorScheme });
}

/** The host page's own declaration, as a portal writes it; a dark page paints its own background. */
function declare(colorScheme: string | undefined): void {
  pageStyle?.remove();
  pageStyle = undefined;
  if (!colorScheme) return;
  pageStyle = document.createElement('style');
  pageStyle.textContent = `:root { color-scheme: ${colorScheme}; background: Canvas; color: CanvasText; }`;
  document.head.append(pageStyle);
}

const keycloak = catalogInLocale(builtInCatalog, 'en').services.find((service) => service.id === 'keycloak')!;

async function picker() {
  return fixture(html`<node-size-picker lang="en" required .nodeTypes=${keycloak.nodeTypes} .sizes=${keycloak.sizes} value="gp-m"></node-size-picker>`);
}

/** The text and the field colour the customer sees in the wizard. */
async function wizardColours(): Promise<{ text: string; field: string }> {
  const el = await fixture<OrderWizard>(html`<order-wizard lang="en" persist="none" service="keycloak"></order-wizard>`);
  await el.updateComplete;
  const radio = el.shadowRoot!.querySelector('[role="radio"][aria-checked="false"]')!;
  return { text: getComputedStyle(el.shadowRoot!.querySelector('#step-heading')!).color, field: getComputedStyle(radio).backgroundColor };
}

afterEach(async () => {
  declare(undefined);
  await prefer('light');
});

describe('themes: the page\'s color-scheme decides', () => {
  const rows: { page: string | undefined; user: 'light' | 'dark'; theme: 'light' | 'dark' }[] = [
    { page: undefined, user: 'light', theme: 'light' },
    // A portal that declares nothing stays light, whatever the user prefers.
    { page: undefined, user: 'dark', theme: 'light' },
    { page: 'light', user: 'dark', theme: 'light' },
    { page: 'dark', user: 'light', theme: 'dark' },
    { page: 'dark', user: 'dark', theme: 'dark' },
    { page: 'light dark', user: 'light', theme: 'light' },
    { page: 'light dark', user: 'dark', theme: 'dark' },
  ];
  for (const { page, user, theme } of rows) {
    it(`a page declaring ${page ? `color-scheme: ${page}` : 'no color-scheme'}, a user preferring ${user}: ${theme}`, async () => {
      await prefer(user);
      declare(page);
      expect(await wizardColours()).to.deep.equal(
        theme === 'dark' ? { text: DARK_TEXT, field: DARK_SURFACE } : { text: LIGHT_TEXT, field: LIGHT_SURFACE });
    });
  }

  it('a host\'s own tokens win over both themes', async () => {
    declare('dark');
    const wrapper = await fixture(html`<div style="--ow-color-text: #002200"><order-wizard lang="en" persist="none"></order-wizard></div>`);
    const el = wrapper.querySelector('order-wizard')!;
    await el.updateComplete;
    expect(getComputedStyle(el.shadowRoot!.querySelector('#step-heading')!).color).to.equal('rgb(0, 34, 0)');
  });
});

for (const theme of ['light', 'dark'] as const) {
  describe(`axe in the ${theme} theme`, () => {
    beforeEach(() => declare(theme));

    it('the wizard: a step, its error summary after Next, and the summary', async () => {
      const el = await fixture<OrderWizard>(html`<order-wizard lang="en" persist="none"></order-wizard>`);
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector<HTMLButtonElement>('.next')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.error-summary')).to.exist;
      await expect(el).to.be.accessible();
      const preset = { serviceId: 'keycloak', version: '26', sizeId: 'gp-m', storageGb: 100, trustedSources: ['123.123.123.123/32'],
        regionId: 'de-west-1', billing: { mode: 'new', newProfile: PROFILE }, options: { 'instance-name': 'sso' } };
      const summary = await fixture<OrderWizard>(html`<order-wizard lang="en" persist="none" .draft=${preset}></order-wizard>`);
      await summary.updateComplete;
      await expect(summary).to.be.accessible();
    });

    it('the editor with an error, a warning and a note', async () => {
      const el = await fixture<TrustedSourcesEditor>(html`<trusted-sources-editor lang="en" required></trusted-sources-editor>`);
      el.value = ['999.1.1.1', '10.0.0.0/8', '222.222.222.130/28', '222.222.222.131/32'];
      el.reportValidity();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.message.error')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('the picker with a size chosen', async () => {
      await expect(await picker()).to.be.accessible();
    });

    it('the badge in every status', async () => {
      const wrapper = await fixture(html`<div>${ORDER_STATUSES.map((status) => html`<order-status-badge lang="en" status=${status} order-id="o-1"></order-status-badge>`)}</div>`);
      await Promise.all([...wrapper.children].map((badge) => (badge as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
      await expect(wrapper).to.be.accessible();
    });
  });
}
