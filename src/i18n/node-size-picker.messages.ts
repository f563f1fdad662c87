/**
 * Messages of `<node-size-picker>` in English, built in (other languages: `locales/<code>.ts`). A host overrides any of
 * them through the element's `messages` property, e.g. `hint` with its own sizing advice.
 */
import type { MessageTemplate } from './translate.js';

export const nodeSizePickerMessagesEn = {
  'type-label': 'Node type',
  'size-label': 'Node size',
  hint: 'Not sure what performance you need? Start with the smallest node and scale up later if necessary.',
  vcpu: '{count} vCPU',
  ram: '{ram} RAM',
  'monthly-price': '{price} per month',
  'not-in-region': 'Not offered in this region',
  'no-sizes': 'No node sizes are available.',
  'error-prefix': 'Error:',
  'value-missing': 'Select a node size.',
  'size-not-in-region': 'The size {size} is not offered in this region. Select another size.',
} as const satisfies Readonly<Record<string, MessageTemplate>>;

export type NodeSizePickerMessageKey = keyof typeof nodeSizePickerMessagesEn;

export type NodeSizePickerMessages = Partial<Record<NodeSizePickerMessageKey, MessageTemplate>>;
