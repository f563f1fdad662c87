// The details of `<order-wizard>`'s events: plain data, never an element.
import type { OrderSubmitDetail } from '../../controllers/order-submit-controller.js';
import type { OrderPrice } from '../../core/pricing.js';
import type { OrderDraft } from '../../core/wizard-draft.js';
import type { StepId } from '../../core/wizard-steps.js';
import type { Catalog } from '../../schema/catalog.js';
import type { Issue } from '../../schema/issues.js';
import type { Order } from '../../schema/order.js';

export type { OrderSubmitDetail, SubmitOrder, SubmitOrderOptions } from '../../controllers/order-submit-controller.js';
export interface OrderStepChangeDetail {
  readonly from: StepId;
  readonly to: StepId;
}
export interface OrderChangeDetail {
  readonly draft: OrderDraft;
  readonly price: OrderPrice;
}
export interface OrderPlacedDetail {
  readonly orderId: string;
  readonly order: Order;
}
/**
 * The wizard is usable: its first valid catalog is there and the first step (or, for an order placed meanwhile, the
 * confirmation: `step` undefined) is shown.
 */
export interface OrderReadyDetail {
  readonly catalog: Catalog;
  readonly step: StepId | undefined;
}
/**
 * What an `order-config-error` is about: the catalog (invalid, not loaded, or too large), choices a new catalog cleared
 * (`catalog-change`), the `preset` attribute, the `draft` property, the draft saved before a reload (`restore`), or the
 * `service` attribute.
 */
export type OrderConfigErrorSource = 'catalog' | 'catalog-change' | 'preset' | 'draft' | 'restore' | 'service';
export interface OrderConfigErrorDetail {
  readonly issues: Issue[];
  readonly source: OrderConfigErrorSource;
}

// In the map every element, `document` and `window` share (HTMLElementEventMap, DocumentEventMap and WindowEventMap
// extend it), so a listener anywhere the events bubble to gets the detail typed.
declare global {
  interface GlobalEventHandlersEventMap {
    'order-ready': CustomEvent<OrderReadyDetail>;
    'order-step-change': CustomEvent<OrderStepChangeDetail>;
    'order-change': CustomEvent<OrderChangeDetail>;
    'order-submit': CustomEvent<OrderSubmitDetail>;
    'order-placed': CustomEvent<OrderPlacedDetail>;
    'order-config-error': CustomEvent<OrderConfigErrorDetail>;
  }
}
