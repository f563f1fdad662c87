/**
 * Messages of `<order-wizard>` in English, built in (other languages: `locales/<code>.ts`): its own words, and the codes of the wizard core
 * (`core/wizard-draft.ts`, `core/wizard-steps.ts`) that the order messages lack, as `code-<code>`. Issue codes of
 * `validateOrder` come from `order.messages.ts`, trusted-source findings from `trusted-sources.messages.ts`. A host
 * overrides any key through the wizard's `messages` property.
 */
import type { MessageTemplate } from './translate.js';
import { wizardIssueMessagesEn } from './wizard-issue.messages.js';

export const orderWizardMessagesEn = {
  'steps-label': 'Order steps',
  'step-service': 'Service',
  'step-size': 'Node size',
  'step-storage': 'Storage',
  'step-trusted-sources': 'Trusted sources',
  'step-region': 'Region',
  'step-options': 'Options',
  'step-billing': 'Invoice profile',
  'step-summary': 'Summary',
  'step-version': 'Version',
  'step-done': 'completed',
  'step-current': 'current step',
  'step-todo': 'not completed',
  'step-count': 'Step {current} of {total}',

  'heading-service': 'Choose the service',
  'heading-size': 'Choose the node type and size',
  'heading-storage': 'Choose the storage size',
  'heading-trusted-sources': 'Enable access',
  'heading-region': 'Choose the region',
  'heading-options': 'Choose the options',
  'heading-billing': 'Choose the invoice profile',
  'heading-summary': 'Check and place your order',
  'heading-version': 'Choose the version of {service}',

  back: 'Back',
  next: 'Next',
  'place-order': 'Place order now',
  'placing-order': 'Placing your order …',
  'error-summary-title': 'There is a problem',
  'error-summary-last-attempt': 'From your last try. Fixed entries are crossed out; the step is checked again when you go on.',
  'error-prefix': 'Error:',
  'invalid-value': 'This value is not valid.',

  'service-label': 'Service',
  'kind-iam': 'Identity and access management',
  'kind-database': 'Databases',
  'kind-registry': 'Container registry',
  'version-label': 'Version of {service}',
  'missing-service': 'Select a service.',
  'missing-version': 'Select a version.',
  'missing-size': 'Select a node size.',
  'missing-node-type': 'Select a node type.',
  'missing-region': 'Select a region.',
  'missing-billing': 'Select an invoice profile or “New invoice profile”.',
  'choose-service-first': 'Choose a service first.',

  'storage-label': 'Storage in GB',
  'storage-slider-label': 'Storage (slider)',
  'storage-hint': 'At least {min} GB, at most {max} GB, in steps of {step} GB. You can add more later.',

  'trusted-sources-intro':
    'The service is reachable through a public IP address. All access stays blocked except from the trusted sources you enter here.',

  'region-label': 'Region',
  'zone-label': 'Availability zone',
  'zone-any': 'No preference',
  'zone-any-hint': 'We pick a zone for you.',

  'billing-label': 'Invoice profile',
  'billing-hint': 'Already a customer? Add the service to an existing invoice. New customers create a new invoice profile.',
  'billing-new': 'New invoice profile',
  'billing-new-legend': 'New invoice profile',
  'field-company': 'Company',
  'field-contactName': 'Contact person',
  'field-email': 'Email address',
  'field-street': 'Street and house number',
  'field-postalCode': 'Postal code',
  'field-city': 'City',
  'field-country': 'Country',
  'field-vatId': 'VAT ID (optional)',
  'vat-hint': 'With the country prefix, such as DE123456789.',
  'country-choose': 'Select a country',

  'summary-service': 'Service',
  'summary-version': 'Version',
  'summary-size': 'Node',
  'summary-storage': 'Storage',
  'summary-trusted-sources': 'Trusted sources',
  'summary-region': 'Region',
  'summary-zone': 'Availability zone',
  'summary-billing': 'Invoice profile',
  'size-value': '{type}, {size} ({vcpu} vCPU, {ram} RAM)',
  'not-chosen': 'Not chosen yet',
  change: 'Change',
  'documents-heading': 'Documents',
  'documents-hint': 'Please read the documents and confirm each of them. Only then can you place the order.',
  'document-version': 'Version {version}',
  'document-opens': '(opens in a new tab)',
  'document-accept': 'I have read and accept “{title}”.',

  'price-heading': 'Monthly price',
  'price-base': 'Base fee',
  'price-node': 'Node {size}',
  'price-storage': 'Storage, {gb}',
  'price-total': 'Total per month',
  'option-on': 'Yes',
  'option-off': 'No',
  'option-optional': '(optional)',
  'option-range': 'From {min} to {max}, in steps of {step}.',
  'price-tax-added': 'Plus {rate} % {label}',
  'price-tax-included': 'Including {rate} % {label}',
  'price-gross': 'Total per month including {label}',
  'price-hourly': 'About {amount} per hour',
  'price-empty': 'The price appears once you choose a service and a node size.',
  'price-announce': 'Monthly price now {total}.',

  'submit-failed-title': 'We could not confirm your order',
  'submit-failed-body': 'Nothing is lost. Please try again: your order will not be placed twice.',
  'submit-timeout': 'There was no answer in time.',
  'submit-invalid-response': 'The answer did not include an order number.',
  'submit-host-message': 'Message: {message}',
  retry: 'Try again',
  'no-responder-title': 'The order was not sent',
  'no-responder-body':
    'This page is not set up to place orders: no listener of the “order-submit” event called respondWith(). Please contact the site operator.',

  'placed-heading': 'Thank you, your order has been placed',
  'placed-order-id': 'Order number: {orderId}',
  'placed-status': 'Status of your order:',
  'placed-before': 'This order has already been placed. It will not be sent again.',
  'placed-next': 'What happens next: your service is set up automatically. The status shows how far it has got.',
  'placed-status-link': 'Go to the order status',
  'placed-recap-heading': 'Your order',

  'config-error-title': 'This order form is not set up correctly',
  'config-error-body': 'Nothing can be ordered here until the site operator fixes the offer. Details for the site operator:',
  'catalog-loading': 'Loading the offer …',
  'catalog-fetch-failed': 'The offer could not be loaded from {url}.',
  'cleared-title': 'Some of your choices were reset because the offer changed',

  // The codes of the wizard core, in a module of their own: `describeIssue` needs them, not the wizard's other words.
  ...wizardIssueMessagesEn,
} as const satisfies Readonly<Record<string, MessageTemplate>>;

export type OrderWizardMessageKey = keyof typeof orderWizardMessagesEn;

export type OrderWizardMessages = Partial<Record<OrderWizardMessageKey, MessageTemplate>>;
