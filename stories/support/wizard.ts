// What the wizard's stories share: the args (every attribute and property, the simulated host), the render, and the
// moves a customer makes (go to a step, accept the documents, press Next or "Place order now"). The moves use what the
// customer sees — the step list, the buttons' words in the wizard's language, the fields' ids — never the internals.
import type { ArgTypes } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../../src/define.js';
import { builtInCatalogInput } from '../../src/catalogs/built-in-catalog.js';
import { STEP_IDS, type StepId } from '../../src/core/wizard-steps.js';
import type { BillingProfileOption, OrderWizard } from '../../src/elements/order-wizard/order-wizard.js';
import { orderWizardMessagesDe } from '../../src/i18n/locales/de.js';
import { orderWizardMessagesFr } from '../../src/i18n/locales/fr.js';
import { orderWizardMessagesNl } from '../../src/i18n/locales/nl.js';
import { orderWizardMessagesPl } from '../../src/i18n/locales/pl.js';
import { orderWizardMessagesEn, type OrderWizardMessageKey } from '../../src/i18n/order-wizard.messages.js';
import type { MessageTemplate } from '../../src/i18n/translate.js';
import { boolean, controlsFor, cssVars, json, language, number, select, text, whenChanged, type CssVarArgs } from './controls.js';
import { answerOrderSubmit, resolveClientAddress, SUBMIT_OUTCOMES, simulatedStatusBackend, type SubmitOutcome } from './simulated-host.js';

type Handler<E extends keyof HTMLElementEventMap> = (event: HTMLElementEventMap[E]) => void;

export interface WizardArgs extends CssVarArgs<
  '--order-wizard-gap' | '--order-wizard-max-width' | '--order-wizard-accent' | '--order-wizard-error-color' | '--order-wizard-panel-background'
> {
  lang: string;
  service: string;
  catalog?: unknown;
  catalogUrl: string;
  partner: string;
  preset: string;
  draft?: unknown;
  billingProfiles: BillingProfileOption[];
  persist: 'session' | 'local' | 'none';
  persistKey: string;
  submitTimeout: number;
  messages?: Record<string, string>;
  /** Simulated host: how the backend answers "Place order now". */
  outcome: SubmitOutcome;
  /** Simulated host: the confirmation's badge follows the order's status. */
  trackStatus: boolean;
  /** Simulated host: offers "Add my IP". */
  addMyIp: boolean;
  // Storybook's actions for the wizard's events (from the manifest's `@fires`).
  onOrderStepChange?: Handler<'order-step-change'>;
  onOrderChange?: Handler<'order-change'>;
  onOrderSubmit?: Handler<'order-submit'>;
  onOrderPlaced?: Handler<'order-placed'>;
  onOrderConfigError?: Handler<'order-config-error'>;
}

const simulatedHost = { table: { category: 'simulated host' } };

export const wizardArgTypes: ArgTypes = controlsFor('order-wizard', {
  lang: language(),
  service: select(['', ...builtInCatalogInput.services.map((service) => service.id)]),
  catalog: json(),
  catalogUrl: text(),
  partner: text(),
  preset: text(),
  draft: json(),
  billingProfiles: json(),
  persist: select(['session', 'local', 'none'], 'inline-radio'),
  persistKey: text(),
  submitTimeout: number(),
  messages: json(),
  outcome: { ...select(SUBMIT_OUTCOMES), ...simulatedHost, description: 'How the simulated backend answers "Place order now" (`respondWith`).' },
  trackStatus: { ...boolean(), ...simulatedHost, description: 'Sets `fetchStatus`: the confirmation\'s badge goes received → provisioning → ready.' },
  addMyIp: { ...boolean(), ...simulatedHost, description: 'Sets `resolveClientAddress`: the trusted-sources step offers "Add my IP".' },
});

export const wizardArgs: WizardArgs = {
  lang: 'en',
  service: '',
  catalogUrl: '',
  partner: '',
  preset: '',
  billingProfiles: [],
  // Stories start afresh: a saved draft would carry one story's state into the next.
  persist: 'none',
  persistKey: '',
  submitTimeout: 30_000,
  outcome: 'resolve',
  trackStatus: true,
  addMyIp: true,
};

// One status backend for every wizard story: order ids are unique, so each order has its own progress.
const statusBackend = simulatedStatusBackend();

/**
 * The wizard with every arg applied; `onWizard` gets the element once it is in the page. Object args are set only when
 * they change (`whenChanged`): each set of `draft` pre-fills the wizard afresh, back to its first open step.
 */
export function renderWizard(args: WizardArgs, onWizard?: (wizard: OrderWizard) => void): TemplateResult {
  const answer = answerOrderSubmit(args.outcome);
  const onSubmit = (event: HTMLElementEventMap['order-submit']) => {
    args.onOrderSubmit?.(event);
    answer(event);
  };
  return html`<order-wizard
    lang=${args.lang || nothing}
    service=${args.service || nothing}
    catalog-url=${args.catalogUrl || nothing}
    partner=${args.partner || nothing}
    preset=${args.preset || nothing}
    persist=${args.persist}
    persist-key=${args.persistKey || nothing}
    submit-timeout=${args.submitTimeout}
    style=${cssVars(args)}
    .catalog=${whenChanged(args.catalog)}
    .draft=${whenChanged(args.draft)}
    .billingProfiles=${whenChanged(args.billingProfiles)}
    .messages=${whenChanged(args.messages)}
    .fetchStatus=${args.trackStatus ? statusBackend : undefined}
    .resolveClientAddress=${args.addMyIp ? resolveClientAddress : undefined}
    @order-submit=${onSubmit}
    @order-step-change=${args.onOrderStepChange}
    @order-change=${args.onOrderChange}
    @order-placed=${args.onOrderPlaced}
    @order-config-error=${args.onOrderConfigError}
    ${ref((element) => element && onWizard?.(element as OrderWizard))}
  ></order-wizard>`;
}

/**
 * A complete order except the documents, which only the customer can accept: every step can be visited, and the
 * wizard opens on the summary. Keycloak in Cologne with the seeds' two trusted sources and a new invoice profile.
 */
export const COMPLETE_DRAFT = {
  serviceId: 'keycloak', version: '26', sizeId: 'gp-m', storageGb: 120,
  trustedSources: [{ address: '123.123.123.123/32', label: 'Admin workstation' }, { address: '222.222.222.128/28', label: 'Office' }],
  regionId: 'de-west-1', availabilityZoneId: 'de-west-1b',
  billing: {
    mode: 'new',
    newProfile: {
      company: 'ACME GmbH', contactName: 'Erika Mustermann', email: 'erika@example.com', street: 'Hauptstraße 1',
      postalCode: '50667', city: 'Köln', country: 'DE', vatId: '',
    },
  },
};

// ---- A customer's moves ----

const MESSAGES: Record<string, Readonly<Record<OrderWizardMessageKey, MessageTemplate>>> = {
  en: orderWizardMessagesEn, de: orderWizardMessagesDe, fr: orderWizardMessagesFr, nl: orderWizardMessagesNl, pl: orderWizardMessagesPl,
};

/** The wizard's words, in its language (its own `lang`, else the nearest ancestor's, else the document's). */
function words(wizard: OrderWizard): (key: OrderWizardMessageKey) => string {
  const lang = wizard.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
  const messages = MESSAGES[lang.toLowerCase().slice(0, 2)] ?? MESSAGES.en!;
  return (key) => {
    const message = messages[key];
    return typeof message === 'string' ? message : message.other;
  };
}

const textOf = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (wizard: OrderWizard) => wizard.shadowRoot!;

/** Resolves once the wizard has no update pending. */
export async function settled(wizard: OrderWizard): Promise<void> {
  for (let round = 0; round < 10; round += 1) if (await wizard.updateComplete) return;
}

/** Polls `check` until it holds (the wizard's answers arrive after the simulated backend's delay). */
export async function until(what: string, check: () => boolean, timeoutMs = 8000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The step the step list marks as current (`aria-current="step"`). */
export function currentStep(wizard: OrderWizard): StepId | undefined {
  const t = words(wizard);
  const current = root(wizard).querySelector('[aria-current="step"]');
  if (!current) return undefined;
  const label = textOf(current);
  // The longest name that matches, should one step's name ever contain another's.
  return [...STEP_IDS].sort((a, b) => t(`step-${b}`).length - t(`step-${a}`).length).find((step) => label.includes(t(`step-${step}`)));
}

/** A button by its words (exactly, or, with `partly`, contained), in the wizard or in a part of it. */
function button(wizard: OrderWizard, name: string, { within = 'button', partly = false } = {}): HTMLButtonElement | undefined {
  return [...root(wizard).querySelectorAll<HTMLButtonElement>(within)].find((candidate) =>
    partly ? textOf(candidate).includes(name) : textOf(candidate) === name,
  );
}

/** Goes to `step` through the step list, as a customer does; fails when the wizard does not end up there. */
export async function showStep(wizard: OrderWizard, step: StepId): Promise<void> {
  await settled(wizard);
  const t = words(wizard);
  if (currentStep(wizard) !== step) {
    const entry = button(wizard, t(`step-${step}`), { within: 'nav button', partly: true });
    if (!entry) throw new Error(`The step list offers no way to "${t(`step-${step}`)}" (${step}); the wizard shows ${currentStep(wizard)}.`);
    entry.click();
    await settled(wizard);
  }
  if (currentStep(wizard) !== step) throw new Error(`The wizard shows the step ${currentStep(wizard)}, not ${step}.`);
}

/** Ticks every document's checkbox on the summary (their ids are the order paths `acceptedDocuments.<id>`). */
export async function acceptDocuments(wizard: OrderWizard): Promise<void> {
  const boxes = [...root(wizard).querySelectorAll<HTMLInputElement>('input[type="checkbox"][id^="acceptedDocuments"]')];
  if (!boxes.length) throw new Error('The summary shows no document to accept.');
  for (const box of boxes) if (!box.checked) box.click();
  await settled(wizard);
}

/** Presses Next, or on the summary "Place order now". */
export async function pressNext(wizard: OrderWizard): Promise<void> {
  const t = words(wizard);
  const name = currentStep(wizard) === 'summary' ? t('place-order') : t('next');
  const next = button(wizard, name);
  if (!next) throw new Error(`There is no "${name}" button.`);
  next.click();
  await settled(wizard);
}

/** Whether the wizard shows a text of its own (a heading, a notice) with these words. */
export function shows(wizard: OrderWizard, key: OrderWizardMessageKey): boolean {
  return textOf(root(wizard)).includes(words(wizard)(key));
}

/** Whether the error summary (the box around the alert that takes focus when Next or "Place order now" fails) is focused. */
export function errorSummaryFocused(wizard: OrderWizard): boolean {
  const alert = root(wizard).activeElement?.querySelector(':scope > [role=alert]');
  return !!alert && textOf(alert).startsWith(words(wizard)('error-summary-title'));
}

/** The story's wizard, once it has rendered. */
export async function wizardIn(canvasElement: HTMLElement): Promise<OrderWizard> {
  const wizard = canvasElement.querySelector('order-wizard');
  if (!wizard) throw new Error('The story has no <order-wizard>.');
  await settled(wizard);
  return wizard;
}
