// The details of `<order-wizard>`'s events: plain data, never an element.
import type { OrderSubmitDetail } from '../../controllers/order-submit-controller.js';
import type { OrderPrice } from '../../core/pricing.js';
import type { OrderDraft } from '../../core/wizard-draft.js';
import type { StepId } from '../../core/wizard-steps.js';
import type { Issue } from '../../schema/issues.js';
import type { Order } from '../../schema/order.js';

export type { OrderSubmitDetail } from '../../controllers/order-submit-controller.js';
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
/** `source`: what the issues are about — `catalog`, `catalog-change` (cleared choices), `preset`, `draft`, `restore`, `service`. */
export interface OrderConfigErrorDetail {
  readonly issues: Issue[];
  readonly source: string;
}

declare global {
  interface HTMLElementEventMap {
    'order-step-change': CustomEvent<OrderStepChangeDetail>;
    'order-change': CustomEvent<OrderChangeDetail>;
    'order-submit': CustomEvent<OrderSubmitDetail>;
    'order-placed': CustomEvent<OrderPlacedDetail>;
    'order-config-error': CustomEvent<OrderConfigErrorDetail>;
  }
}
