// `order-widgets/order-status-badge/define`: registers <order-status-badge> (guarded) and exports its class.
import { defineElement } from '../define-element.js';
import { OrderStatusBadge } from './order-status-badge.js';

defineElement('order-status-badge', OrderStatusBadge);

export { OrderStatusBadge };
