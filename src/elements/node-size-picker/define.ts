// `order-widgets/node-size-picker/define`: registers <node-size-picker> (guarded) and exports its class.
import { defineElement } from '../define-element.js';
import { NodeSizePicker } from './node-size-picker.js';

defineElement('node-size-picker', NodeSizePicker);

export { NodeSizePicker };
