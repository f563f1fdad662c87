// The CDN file's second part (order-widgets.elements.js, loaded by ./order-widgets.ts): the three tags the wizard's
// first step does not show. Each is registered in a task of its own, so that no task of the page runs long on a slow
// phone while the customer already reads the first step.
import { defineElement } from '../elements/define-element.js';
import { nextTask } from '../elements/tasks.js';
import { NodeSizePicker } from '../elements/node-size-picker/node-size-picker.js';
import { OrderStatusBadge } from '../elements/order-status-badge/order-status-badge.js';
import { TrustedSourcesEditor } from '../elements/trusted-sources-editor/trusted-sources-editor.js';

const LATER: [string, CustomElementConstructor][] = [
  ['node-size-picker', NodeSizePicker],
  ['trusted-sources-editor', TrustedSourcesEditor],
  ['order-status-badge', OrderStatusBadge],
];

export async function defineLaterElements(): Promise<void> {
  for (const [tag, element] of LATER) {
    // Ends the task: the page handles input before the next tag.
    await nextTask();
    defineElement(tag, element);
  }
}
