// Registers the four tags. Guarded: a tag that is already defined (the library loaded twice, or a host's own
// definition) is left alone instead of throwing. One element alone: `order-widgets/<tag>/define`.
import { defineElement } from './elements/define-element.js';
import { OrderWizard } from './elements/order-wizard/order-wizard.js';
import { TrustedSourcesEditor } from './elements/trusted-sources-editor/trusted-sources-editor.js';
import { NodeSizePicker } from './elements/node-size-picker/node-size-picker.js';
import { OrderStatusBadge } from './elements/order-status-badge/order-status-badge.js';

export const TAGS = {
  'order-wizard': OrderWizard,
  'trusted-sources-editor': TrustedSourcesEditor,
  'node-size-picker': NodeSizePicker,
  'order-status-badge': OrderStatusBadge,
} as const;

/** Defines every tag not yet defined; returns the tags this call defined. */
export function defineOrderWidgets(registry: CustomElementRegistry = customElements): string[] {
  return Object.entries(TAGS)
    .filter(([tag, element]) => defineElement(tag, element, registry))
    .map(([tag]) => tag);
}

defineOrderWidgets();

export { OrderWizard, TrustedSourcesEditor, NodeSizePicker, OrderStatusBadge };
// For pages on the CDN file, which reach the library through this module alone.
export { setFollowBrowserLanguage } from './controllers/browser-language.js';
export { registerTranslation } from './i18n/translations.js';
