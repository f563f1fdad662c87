/**
 * Messages of `<node-size-picker>` in English and German (formal "Sie"). A host overrides any of them through the
 * element's `messages` property, e.g. `hint` with its own sizing advice.
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

/** Typed against the English keys: a missing or misspelt key fails the type check. */
export const nodeSizePickerMessagesDe: Readonly<Record<NodeSizePickerMessageKey, MessageTemplate>> = {
  'type-label': 'Knotentyp',
  'size-label': 'Knotengröße',
  hint:
    'Sie wissen noch nicht, welche Leistung Sie benötigen? Beginnen Sie mit dem kleinsten Knoten und skalieren Sie später bei Bedarf hoch.',
  vcpu: '{count} vCPU',
  ram: '{ram} RAM',
  'monthly-price': '{price} pro Monat',
  'not-in-region': 'In dieser Region nicht angeboten',
  'no-sizes': 'Es sind keine Knotengrößen verfügbar.',
  'error-prefix': 'Fehler:',
  'value-missing': 'Wählen Sie eine Knotengröße aus.',
  'size-not-in-region': 'Die Größe {size} wird in dieser Region nicht angeboten. Wählen Sie eine andere Größe aus.',
};

export type NodeSizePickerMessages = Partial<Record<NodeSizePickerMessageKey, MessageTemplate>>;
