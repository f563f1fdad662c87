// `order-widgets/react`: the four elements as React components (@lit/react). Properties are set as element properties,
// so `catalog`, `billingProfiles` or `fetchStatus` take objects and functions; events arrive through `on…` props.
// Importing this module registers the tags, like `order-widgets/define`.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import {
  NodeSizePicker as NodeSizePickerElement,
  OrderStatusBadge as OrderStatusBadgeElement,
  OrderWizard as OrderWizardElement,
  TrustedSourcesEditor as TrustedSourcesEditorElement,
} from '../define.js';
import type {
  OrderChangeDetail,
  OrderConfigErrorDetail,
  OrderPlacedDetail,
  OrderStepChangeDetail,
  OrderSubmitDetail,
} from '../elements/order-wizard/events.js';
import type { OrderStatusChangeDetail } from '../elements/order-status-badge/order-status-badge.js';

// The native `input`/`change` of the form elements: plain Events without detail; read `event.currentTarget.value`.
const formEvents = {
  onInput: 'input' as EventName<Event>,
  onChange: 'change' as EventName<Event>,
};

/** `<order-wizard>`: `onOrderSubmit` must call `event.detail.respondWith(promise)` synchronously. */
export const OrderWizard = createComponent({
  react: React,
  tagName: 'order-wizard',
  elementClass: OrderWizardElement,
  displayName: 'OrderWizard',
  events: {
    onOrderStepChange: 'order-step-change' as EventName<CustomEvent<OrderStepChangeDetail>>,
    onOrderChange: 'order-change' as EventName<CustomEvent<OrderChangeDetail>>,
    onOrderSubmit: 'order-submit' as EventName<CustomEvent<OrderSubmitDetail>>,
    onOrderPlaced: 'order-placed' as EventName<CustomEvent<OrderPlacedDetail>>,
    onOrderConfigError: 'order-config-error' as EventName<CustomEvent<OrderConfigErrorDetail>>,
  },
});

/** `<trusted-sources-editor>`, form-associated. */
export const TrustedSourcesEditor = createComponent({
  react: React,
  tagName: 'trusted-sources-editor',
  elementClass: TrustedSourcesEditorElement,
  displayName: 'TrustedSourcesEditor',
  events: formEvents,
});

/** `<node-size-picker>`, form-associated. */
export const NodeSizePicker = createComponent({
  react: React,
  tagName: 'node-size-picker',
  elementClass: NodeSizePickerElement,
  displayName: 'NodeSizePicker',
  events: formEvents,
});

/** `<order-status-badge>`. */
export const OrderStatusBadge = createComponent({
  react: React,
  tagName: 'order-status-badge',
  elementClass: OrderStatusBadgeElement,
  displayName: 'OrderStatusBadge',
  events: {
    onOrderStatusChange: 'order-status-change' as EventName<CustomEvent<OrderStatusChangeDetail>>,
  },
});

// For refs (`useRef<OrderWizardElement>(null)`) and typed handlers.
export type { OrderWizardElement, TrustedSourcesEditorElement, NodeSizePickerElement, OrderStatusBadgeElement };
export type {
  OrderChangeDetail,
  OrderConfigErrorDetail,
  OrderPlacedDetail,
  OrderStatusChangeDetail,
  OrderStepChangeDetail,
  OrderSubmitDetail,
};
