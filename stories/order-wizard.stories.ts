import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { builtInCatalogInput } from '../src/catalogs/built-in-catalog.js';
import { elementDocs } from './support/docs.js';
import {
  acceptDocuments, COMPLETE_DRAFT, currentStep, errorSummaryFocused, pressNext, renderWizard, settled, shows, showStep, until,
  wizardArgs, wizardArgTypes, wizardIn, type WizardArgs,
} from './support/wizard.js';

/** The docs page's example of the element in a page. */
const USAGE = `
<order-wizard service="postgresql"></order-wizard>
<script type="module">
  document.querySelector('order-wizard').submitOrder = async (order, { signal }) => {
    const response = await fetch('/api/orders', { method: 'POST', body: JSON.stringify(order), signal });
    const body = await response.json();
    if (!response.ok) throw body; // { message, fieldErrors? }
    return { orderId: body.orderId };
  };
</script>
`;

const meta = {
  title: 'Elements/order-wizard',
  component: 'order-wizard',
  parameters: { docs: { description: { component: elementDocs('order-wizard', USAGE) } } },
  tags: ['autodocs'],
  args: wizardArgs,
  argTypes: wizardArgTypes,
  render: (args) => renderWizard(args),
} satisfies Meta<WizardArgs>;

export default meta;
type Story = StoryObj<WizardArgs>;

/** The built-in catalog, nothing configured: what a portal gets with a script and one tag. */
export const Default: Story = {};

export const German: Story = { args: { lang: 'de' } };

// ---- Each built-in service, preselected with `service` (its versions are left to choose on the first step) ----

/** `service="keycloak"`: Keycloak as a Service. */
export const Keycloak: Story = { args: { service: 'keycloak' } };
/** `service="mariadb"`: a managed MariaDB database. */
export const Mariadb: Story = { name: 'MariaDB', args: { service: 'mariadb' } };
/** `service="postgresql"`: a managed PostgreSQL database. */
export const Postgresql: Story = { name: 'PostgreSQL', args: { service: 'postgresql' } };
/** `service="mysql"`: a managed MySQL database. */
export const Mysql: Story = { name: 'MySQL', args: { service: 'mysql' } };
/** `service="harbor"`: the Harbor container registry (more storage, coarser steps; Hamburg without the XL size). */
export const Harbor: Story = { args: { service: 'harbor' } };

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

/** A partner's deep link: a preset fills in what it can; the invalid size is ignored and reported (`order-config-error`). */
export const DeepLinkPreset: Story = {
  args: { preset: JSON.stringify({ serviceId: 'harbor', sizeId: 'gp-m', storageGb: 500, regionId: 'de-north-1', foo: 1 }) },
};

// ---- Error states ----

/** An integrator's mistake: the catalog is refused with every path, and nothing can be ordered. */
export const InvalidCatalog: Story = { args: { catalog: { ...builtInCatalogInput, currency: 'euro', services: [] } } };

/**
 * "Place order now" before the documents are accepted: the order is not sent; the error summary takes focus and
 * each of its links goes to a document's checkbox.
 */
export const UnconfirmedOrder: Story = {
  args: { draft: COMPLETE_DRAFT },
  play: async ({ canvasElement }) => {
    const wizard = await wizardIn(canvasElement);
    await showStep(wizard, 'summary');
    await pressNext(wizard);
    await until('the error summary', () => errorSummaryFocused(wizard));
  },
};

/** The backend refuses a trusted source: the wizard goes back to that step and shows the host's message there. */
export const FieldErrorsFromTheBackend: Story = {
  args: { draft: COMPLETE_DRAFT, outcome: 'field-errors' },
  play: async ({ canvasElement }) => {
    const wizard = await placeOrder(canvasElement);
    await until('the trusted-sources step with the host\'s error', () => currentStep(wizard) === 'trusted-sources' && errorSummaryFocused(wizard));
  },
};

/** The backend refuses the order with a message: "We could not confirm your order", the message, and "Try again". */
export const SubmitRejected: Story = {
  args: { draft: COMPLETE_DRAFT, outcome: 'reject' },
  play: async ({ canvasElement }) => {
    const wizard = await placeOrder(canvasElement);
    await until('"We could not confirm your order"', () => shows(wizard, 'submit-failed-title'));
  },
};

/** The backend never answers: after `submit-timeout` (2 s here) "We could not confirm your order" and "Try again". */
export const SubmitTimeout: Story = {
  args: { draft: COMPLETE_DRAFT, outcome: 'never', submitTimeout: 2000 },
  play: async ({ canvasElement }) => {
    const wizard = await placeOrder(canvasElement);
    await until('the timeout', () => shows(wizard, 'submit-timeout'));
  },
};

/** The host forgot to call `respondWith`: a visible integrator error, never a fake success. */
export const NoRespondWith: Story = {
  args: { draft: COMPLETE_DRAFT, outcome: 'no-listener' },
  play: async ({ canvasElement }) => {
    const wizard = await placeOrder(canvasElement);
    await until('the integrator error', () => shows(wizard, 'no-responder-title'));
  },
};

// ---- The submit flow with a simulated host ----

/**
 * The whole ending, with a simulated host: the documents are accepted, "Place order now" waits for the backend
 * (0.8 s), which answers with an order number; the confirmation's `<order-status-badge>` then follows the order
 * through `fetchStatus` (polled every 5 s): received → provisioning (after 1 s) → ready (about 6 s later).
 */
export const PlaceOrderAndTrackStatus: Story = {
  args: { draft: { ...COMPLETE_DRAFT, serviceId: 'postgresql', version: '17' }, outcome: 'resolve', trackStatus: true },
  play: async ({ canvasElement }) => {
    const wizard = await placeOrder(canvasElement);
    await until('the confirmation', () => shows(wizard, 'placed-heading'));
    await settled(wizard);
    const badge = wizard.shadowRoot!.querySelector('order-status-badge');
    if (!badge?.orderId) throw new Error('The confirmation has no status badge with the order number.');
  },
};

/** Goes to the summary, accepts the documents and presses "Place order now". */
async function placeOrder(canvasElement: HTMLElement) {
  const wizard = await wizardIn(canvasElement);
  await showStep(wizard, 'summary');
  await acceptDocuments(wizard);
  await pressNext(wizard);
  return wizard;
}
