// `order-widgets/order-wizard/define`: registers <order-wizard> and the three elements its steps render (guarded), and
// exports its class.
import { defineElement } from '../define-element.js';
import '../trusted-sources-editor/define.js';
import '../node-size-picker/define.js';
import '../order-status-badge/define.js';
import { OrderWizard } from './order-wizard.js';

defineElement('order-wizard', OrderWizard);

export { OrderWizard };
