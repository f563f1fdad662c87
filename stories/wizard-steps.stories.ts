import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { STEP_IDS, type StepId } from '../src/core/wizard-steps.js';
import type { OrderWizard } from '../src/elements/order-wizard/order-wizard.js';
import { builtInCatalogInput } from '../src/catalogs/built-in.js';
import { boolean, select } from './support/controls.js';
import {
  COMPLETE_DRAFT, errorSummaryFocused, pressNext, renderWizard, showStep, until, wizardArgs, wizardArgTypes, wizardIn,
  type WizardArgs,
} from './support/wizard.js';

interface StepArgs extends WizardArgs {
  /** The step to show. */
  step: StepId;
  /** Presses Next (on the summary: "Place order now") once there. */
  pressNext: boolean;
}

/**
 * Each wizard's way to its step, by wizard. Started when the wizard enters the page, so a change of `step`,
 * `pressNext` or `draft` (which render a new wizard) lands again, in whatever language; the play function waits for it.
 */
const landings = new WeakMap<OrderWizard, Promise<void>>();

function land(wizard: OrderWizard, args: StepArgs): void {
  if (landings.has(wizard)) return;
  const landing = (async () => {
    await showStep(wizard, args.step);
    if (!args.pressNext) return;
    await pressNext(wizard);
    await until('the error summary', () => errorSummaryFocused(wizard));
  })();
  landings.set(wizard, landing);
  // The play function reports a failure; without one (a control changed), say it where a designer looks.
  landing.catch((error: unknown) => console.warn(`wizard-steps: ${String(error)}`));
}

const meta = {
  title: 'Elements/order-wizard/Steps',
  component: 'order-wizard',
  // States, not another docs page: the element's docs are under Elements/order-wizard. (A page of eleven wizards, each
  // moving focus to its step, would also scroll by itself.)
  tags: ['!autodocs'],
  args: { ...wizardArgs, draft: COMPLETE_DRAFT, step: 'service', pressNext: false },
  argTypes: {
    ...wizardArgTypes,
    step: { ...select(STEP_IDS), table: { category: 'story' }, description: 'The step to show, reached through the step list.' },
    pressNext: {
      ...boolean(),
      table: { category: 'story' },
      description: 'Presses Next (on the summary: "Place order now") once there: with problems, the error summary shows.',
    },
  },
  // A new wizard for each step, error state and draft; a new language applies to the wizard in place.
  render: (args) => html`${keyed(JSON.stringify([args.step, args.pressNext, args.draft]), renderWizard(args, (wizard) => land(wizard, args)))}`,
  play: async ({ canvasElement }) => {
    const wizard = await wizardIn(canvasElement);
    await landings.get(wizard);
  },
} satisfies Meta<StepArgs>;

export default meta;
type Story = StoryObj<StepArgs>;

// Every step story takes the `lang` control (or `&args=lang:de` in a link) and lands on its step in that language.
export const Service: Story = { args: { step: 'service' } };
export const Size: Story = { args: { step: 'size' } };
export const Storage: Story = { args: { step: 'storage' } };
export const TrustedSources: Story = { args: { step: 'trusted-sources' } };
export const Region: Story = { args: { step: 'region' } };
export const Billing: Story = { args: { step: 'billing' } };

/** A PostgreSQL order in Cologne: the Options step with a toggle (high availability), a number and a choice. */
const DATABASE_DRAFT = { ...COMPLETE_DRAFT, serviceId: 'postgresql', version: '17' };

/** The catalog's options of the databases: high availability (a toggle), backup retention (a number), maintenance window (a choice). */
export const Options: Story = { args: { step: 'options', draft: DATABASE_DRAFT } };

/** The Options step in German. */
export const OptionsGerman: Story = { args: { step: 'options', draft: DATABASE_DRAFT, lang: 'de' } };

/** An option inside another step: the instance name (a text with a pattern) in the service step. */
export const OptionInServiceStep: Story = { args: { step: 'service', draft: { ...COMPLETE_DRAFT, options: { 'instance-name': 'sso-prod' } } } };

/** An option inside another step: Keycloak's number of nodes in the size step; the price counts three nodes. */
export const OptionInSizeStep: Story = { args: { step: 'size', draft: { ...COMPLETE_DRAFT, options: { nodes: 3 } } } };

/** A catalog whose PostgreSQL has one option of each type: a choice with prices, a toggle that depends on it, a number with a unit and a price per unit, and a required text. */
const EVERY_OPTION_TYPE = {
  ...builtInCatalogInput,
  options: [],
  services: builtInCatalogInput.services.map((service) => (service.id !== 'postgresql' ? service : {
    ...service,
    options: [
      { id: 'tier', type: 'choice', label: 'Support tier', default: 'standard', choices: [
        { id: 'standard', label: 'Standard', description: 'Business hours, answer within one working day.' },
        { id: 'premium', label: 'Premium', description: 'Around the clock, answer within an hour.', price: { monthly: '49.00' } },
      ] },
      { id: 'audit', type: 'toggle', label: 'Audit log', description: 'Offered with the Premium tier.', when: { option: 'tier', values: ['premium'] }, price: { perNode: '5.00' } },
      { id: 'replicas', type: 'number', label: 'Read replicas', min: 0, max: 4, default: 0, unit: 'replicas', price: { perUnit: '39.90' } },
      { id: 'database-name', type: 'text', label: 'Database name', description: 'Lowercase letters, digits and underscores.', required: true, maxLength: 63, pattern: '[a-z][a-z0-9_]*' },
    ],
  })),
};

/** Every option type in one Options step (see `EVERY_OPTION_TYPE`); prices shown net with VAT and per hour. */
export const EveryOptionType: Story = {
  args: { step: 'options', draft: { ...DATABASE_DRAFT, options: { 'database-name': 'orders' } }, catalog: EVERY_OPTION_TYPE },
};

/**
 * Next blocked on the Options step: the required database name is empty. The error summary takes focus; its link goes
 * to the field. (A preset drops values that break an option's rules, so a story starts from a missing one.)
 */
export const OptionsNextBlocked: Story = {
  args: { step: 'options', pressNext: true, draft: DATABASE_DRAFT, catalog: EVERY_OPTION_TYPE },
};

export const Summary: Story = { args: { step: 'summary' } };

/** The summary in German. */
export const SummaryGerman: Story = { args: { step: 'summary', lang: 'de' } };

/**
 * An unconfirmed order: "Place order now" with the documents not accepted. The error summary takes focus; each link
 * goes to a document's checkbox.
 */
export const UnconfirmedOrder: Story = { args: { step: 'summary', pressNext: true } };

/** The unconfirmed order in German. */
export const UnconfirmedOrderGerman: Story = { args: { step: 'summary', pressNext: true, lang: 'de' } };

/** Next blocked: no trusted source entered, so all access would stay blocked. The error summary takes focus. */
export const NextBlocked: Story = {
  args: { step: 'trusted-sources', pressNext: true, draft: { ...COMPLETE_DRAFT, trustedSources: [] } },
};

/** Next blocked on a new invoice profile with missing and invalid entries: one link per problem in the error summary. */
export const NextBlockedInvoiceProfile: Story = {
  args: {
    step: 'billing',
    pressNext: true,
    draft: {
      ...COMPLETE_DRAFT,
      billing: { mode: 'new', newProfile: { ...COMPLETE_DRAFT.billing.newProfile, email: 'erika@', postalCode: '', city: '' } },
    },
  },
};

// ---- Each step for the other service types: a database (PostgreSQL) and the container registry (Harbor) ----

/** A Harbor registry in Cologne: the registry's Options step offers vulnerability scanning. */
const REGISTRY_DRAFT = { ...COMPLETE_DRAFT, serviceId: 'harbor', version: '2.13' };

export const DatabaseService: Story = { args: { step: 'service', draft: DATABASE_DRAFT } };
export const DatabaseSize: Story = { args: { step: 'size', draft: DATABASE_DRAFT } };
export const DatabaseStorage: Story = { args: { step: 'storage', draft: DATABASE_DRAFT } };
export const DatabaseTrustedSources: Story = { args: { step: 'trusted-sources', draft: DATABASE_DRAFT } };
export const DatabaseRegion: Story = { args: { step: 'region', draft: DATABASE_DRAFT } };
export const DatabaseBilling: Story = { args: { step: 'billing', draft: DATABASE_DRAFT } };
export const DatabaseSummary: Story = { args: { step: 'summary', draft: DATABASE_DRAFT } };
export const RegistryService: Story = { args: { step: 'service', draft: REGISTRY_DRAFT } };
export const RegistrySize: Story = { args: { step: 'size', draft: REGISTRY_DRAFT } };
export const RegistryStorage: Story = { args: { step: 'storage', draft: REGISTRY_DRAFT } };
export const RegistryTrustedSources: Story = { args: { step: 'trusted-sources', draft: REGISTRY_DRAFT } };
export const RegistryRegion: Story = { args: { step: 'region', draft: REGISTRY_DRAFT } };
export const RegistryOptions: Story = { args: { step: 'options', draft: REGISTRY_DRAFT } };
export const RegistryBilling: Story = { args: { step: 'billing', draft: REGISTRY_DRAFT } };
export const RegistrySummary: Story = { args: { step: 'summary', draft: REGISTRY_DRAFT } };

// ---- The summary in each shipped language (every step story takes the `lang` control for the others) ----

export const SummaryFrench: Story = { args: { step: 'summary', lang: 'fr' } };
export const SummaryDutch: Story = { args: { step: 'summary', lang: 'nl' } };
export const SummaryPolish: Story = { args: { step: 'summary', lang: 'pl' } };
