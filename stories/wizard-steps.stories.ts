import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import type { StepId } from '../src/core/wizard-steps.js';
import type { OrderWizard } from '../src/elements/order-wizard/order-wizard.js';

interface StepArgs {
  lang: string;
  step: StepId;
  showErrors: boolean;
}

/** A complete order except the documents (which only the customer can accept), so every step can be visited. */
const DRAFT = {
  serviceId: 'keycloak', version: '26', sizeId: 'gp-m', storageGb: 120,
  trustedSources: ['123.123.123.123/32', '222.222.222.128/28'], regionId: 'de-west-1', availabilityZoneId: 'de-west-1b',
  billing: {
    mode: 'new',
    newProfile: {
      company: 'ACME GmbH', contactName: 'Erika Mustermann', email: 'erika@example.com', street: 'Hauptstraße 1',
      postalCode: '50667', city: 'Köln', country: 'DE', vatId: '',
    },
  },
};

const STEPS: StepId[] = ['service', 'size', 'storage', 'trusted-sources', 'region', 'billing', 'summary'];

const meta = {
  title: 'Elements/order-wizard/Steps',
  component: 'order-wizard',
  args: { lang: 'en', step: 'service', showErrors: false },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'de'] },
    step: { control: 'select', options: STEPS },
  },
  render: (args) => html`<order-wizard lang=${args.lang} persist="none" .draft=${DRAFT}></order-wizard>`,
  // Goes to the step the way a customer does, through the step list (every step is done, so each is a button).
  play: async ({ canvasElement, args }) => {
    const wizard = canvasElement.querySelector<OrderWizard>('order-wizard')!;
    await wizard.updateComplete;
    const root = wizard.shadowRoot!;
    const items = [...root.querySelectorAll('nav li')];
    items[STEPS.indexOf(args.step)]?.querySelector('button')?.click();
    await wizard.updateComplete;
    if (args.showErrors) root.querySelector<HTMLButtonElement>('.next, .place-order')?.click();
  },
} satisfies Meta<StepArgs>;

export default meta;
type Story = StoryObj<StepArgs>;

export const Service: Story = { args: { step: 'service' } };
export const Size: Story = { args: { step: 'size' } };
export const Storage: Story = { args: { step: 'storage' } };
export const TrustedSources: Story = { args: { step: 'trusted-sources' } };
export const Region: Story = { args: { step: 'region' } };
export const Billing: Story = { args: { step: 'billing' } };
export const Summary: Story = { args: { step: 'summary' } };
/** "Place order now" before the documents are accepted: the error summary takes focus, each link goes to a checkbox. */
export const SummaryWithErrors: Story = { args: { step: 'summary', showErrors: true } };
export const SummaryGerman: Story = { args: { step: 'summary', lang: 'de', showErrors: true } };
