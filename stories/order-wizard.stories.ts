import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define.js';
import { builtInCatalogInput } from '../src/catalogs/built-in.js';
import type { BillingProfileOption, OrderWizard } from '../src/elements/order-wizard/order-wizard.js';

type Outcome = 'resolve' | 'reject' | 'field-errors' | 'never' | 'no-listener';

interface WizardArgs {
  lang: string;
  service: string;
  partner: string;
  persist: 'session' | 'local' | 'none';
  outcome: Outcome;
  submitTimeout: number;
  billingProfiles: BillingProfileOption[];
  catalog?: unknown;
  preset: string;
}

/** The host's side of `order-submit`: what a portal's `fetch` to its backend would answer, simulated. */
function answer(outcome: Outcome) {
  return (event: HTMLElementEventMap['order-submit']) => {
    if (outcome === 'no-listener') return;
    const later = <T>(settle: (done: (value: T) => void, fail: (reason: unknown) => void) => void) =>
      new Promise<T>((resolve, reject) => setTimeout(() => settle(resolve, reject), 800));
    if (outcome === 'resolve') event.detail.respondWith(later((done) => done({ orderId: `ORD-${Date.now().toString(36).toUpperCase()}` })));
    else if (outcome === 'reject') event.detail.respondWith(later((_, fail) => fail({ message: 'The order service is under maintenance.' })));
    else if (outcome === 'field-errors') {
      event.detail.respondWith(later((_, fail) => fail({
        message: 'Invalid order',
        fieldErrors: [{ path: 'trustedSources[0]', message: 'This address is on our block list.' }],
      })));
    } else event.detail.respondWith(new Promise(() => {}));
  };
}

let polls = 0;
const fetchStatus = async () => ({ status: ++polls > 2 ? 'ready' : 'provisioning', updatedAt: new Date().toISOString() });

const meta = {
  title: 'Elements/order-wizard',
  component: 'order-wizard',
  tags: ['autodocs'],
  args: {
    lang: 'en', service: '', partner: '', persist: 'none', outcome: 'resolve', submitTimeout: 30000, billingProfiles: [], preset: '',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'de'] },
    service: { control: 'select', options: ['', ...builtInCatalogInput.services.map((service) => service.id)] },
    persist: { control: 'inline-radio', options: ['session', 'local', 'none'] },
    outcome: { control: 'select', options: ['resolve', 'reject', 'field-errors', 'never', 'no-listener'] },
  },
  render: (args) => html`
    <order-wizard
      lang=${args.lang}
      service=${args.service || nothing}
      partner=${args.partner || nothing}
      persist=${args.persist}
      preset=${args.preset || nothing}
      submit-timeout=${args.submitTimeout}
      .catalog=${args.catalog}
      .billingProfiles=${args.billingProfiles}
      .fetchStatus=${fetchStatus}
      @order-submit=${answer(args.outcome)}
    ></order-wizard>
  `,
} satisfies Meta<WizardArgs>;

export default meta;
type Story = StoryObj<WizardArgs>;

/** The built-in catalog, nothing configured: what a portal gets with a script and one tag. */
export const Default: Story = {};

export const German: Story = { args: { lang: 'de' } };

/** `service="postgresql"`: the database is chosen, only its version is left on the first step. */
export const PreselectedService: Story = { args: { service: 'postgresql' } };

/** A returning customer: existing invoice profiles come first. */
export const ExistingInvoiceProfiles: Story = {
  args: {
    billingProfiles: [
      { id: 'bp-1', label: 'ACME GmbH, Köln', description: 'Invoices to billing@acme.example' },
      { id: 'bp-2', label: 'ACME Labs GmbH, Hamburg' },
    ],
  },
};

/** A reseller's own catalog (databases only, its own prices) and its partner id in every order (`order.meta.partner`). */
export const PartnerCatalog: Story = {
  args: {
    partner: 'reseller-42',
    catalog: {
      ...builtInCatalogInput,
      services: builtInCatalogInput.services
        .filter((service) => service.id === 'postgresql' || service.id === 'mariadb')
        .map((service) => ({ ...service, monthlyBaseFee: '15.00' })),
      regions: builtInCatalogInput.regions.map((region) => ({
        ...region,
        offers: region.offers.filter((offer) => offer.service === 'postgresql' || offer.service === 'mariadb'),
      })),
    },
  },
};

/** A partner's deep link: a preset fills in what it can; the invalid size is ignored and reported (see the console). */
export const DeepLinkPreset: Story = {
  args: { preset: JSON.stringify({ serviceId: 'harbor', sizeId: 'gp-m', storageGb: 500, regionId: 'de-north-1', foo: 1 }) },
};

/** An integrator's mistake: the catalog is refused with every path, and nothing can be ordered. */
export const InvalidCatalog: Story = { args: { catalog: { ...builtInCatalogInput, currency: 'euro', services: [] } } };

/** The backend never answers: after `submit-timeout` (3 s here) "We could not confirm your order" and "Try again". */
export const SubmitTimeout: Story = { args: { outcome: 'never', submitTimeout: 3000 } };

/** The host forgot to call `respondWith`: a visible integrator error, never a fake success. */
export const NoRespondWith: Story = { args: { outcome: 'no-listener' } };

/** The backend refuses a trusted source: the wizard goes back to that step and shows the host's message there. */
export const FieldErrorsFromTheBackend: Story = { args: { outcome: 'field-errors' } };

