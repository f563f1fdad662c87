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
import type { TargetedEvent } from '../elements/element-events.js';
import type {
  OrderChangeDetail,
  OrderConfigErrorDetail,
  OrderPlacedDetail,
  OrderReadyDetail,
  OrderStepChangeDetail,
  OrderSubmitDetail,
} from '../elements/order-wizard/events.js';
import type { OrderStatusChangeDetail } from '../elements/order-status-badge/order-status-badge.js';

// Each `on…` prop gets the element's event with `event.currentTarget` typed as the element (TargetedEvent) and, for
// the domain events, `event.detail`. The form elements' `input`/`change` are plain Events without detail:
// `event.currentTarget.value` is the value (a string for the picker, the CIDRs for the editor).

/** `<order-wizard>`: pass `submitOrder`, or an `onOrderSubmit` that calls `event.detail.respondWith(promise)` synchronously. */
export const OrderWizard = createComponent({
  react: React,
  tagName: 'order-wizard',
  elementClass: OrderWizardElement,
  displayName: 'OrderWizard',
  events: {
    onOrderReady: 'order-ready' as EventName<TargetedEvent<OrderWizardElement, CustomEvent<OrderReadyDetail>>>,
    onOrderStepChange: 'order-step-change' as EventName<TargetedEvent<OrderWizardElement, CustomEvent<OrderStepChangeDetail>>>,
    onOrderChange: 'order-change' as EventName<TargetedEvent<OrderWizardElement, CustomEvent<OrderChangeDetail>>>,
    onOrderSubmit: 'order-submit' as EventName<TargetedEvent<OrderWizardElement, CustomEvent<OrderSubmitDetail>>>,
    onOrderPlaced: 'order-placed' as EventName<TargetedEvent<OrderWizardElement, CustomEvent<OrderPlacedDetail>>>,
    onOrderConfigError: 'order-config-error' as EventName<TargetedEvent<OrderWizardElement, CustomEvent<OrderConfigErrorDetail>>>,
  },
});

/** `<trusted-sources-editor>`, form-associated. */
export const TrustedSourcesEditor = createComponent({
  react: React,
  tagName: 'trusted-sources-editor',
  elementClass: TrustedSourcesEditorElement,
  displayName: 'TrustedSourcesEditor',
  events: {
    onInput: 'input' as EventName<TargetedEvent<TrustedSourcesEditorElement>>,
    onChange: 'change' as EventName<TargetedEvent<TrustedSourcesEditorElement>>,
  },
});

/** `<node-size-picker>`, form-associated. */
export const NodeSizePicker = createComponent({
  react: React,
  tagName: 'node-size-picker',
  elementClass: NodeSizePickerElement,
  displayName: 'NodeSizePicker',
  events: {
    onInput: 'input' as EventName<TargetedEvent<NodeSizePickerElement>>,
    onChange: 'change' as EventName<TargetedEvent<NodeSizePickerElement>>,
  },
});

/** `<order-status-badge>`. */
export const OrderStatusBadge = createComponent({
  react: React,
  tagName: 'order-status-badge',
  elementClass: OrderStatusBadgeElement,
  displayName: 'OrderStatusBadge',
  events: {
    onOrderStatusChange: 'order-status-change' as EventName<TargetedEvent<OrderStatusBadgeElement, CustomEvent<OrderStatusChangeDetail>>>,
  },
});

// For refs (`useRef<OrderWizardElement>(null)`) and typed handlers.
export type { OrderWizardElement, TrustedSourcesEditorElement, NodeSizePickerElement, OrderStatusBadgeElement };
export type {
  TargetedEvent,
  OrderChangeDetail,
  OrderConfigErrorDetail,
  OrderPlacedDetail,
  OrderReadyDetail,
  OrderStatusChangeDetail,
  OrderStepChangeDetail,
  OrderSubmitDetail,
};
