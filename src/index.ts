// Public API of order-widgets: element classes and types, no side effects. `order-widgets/define` registers the tags.
// Every type a public signature, property or event detail names is exported here (test/node/consumer-types.test.mjs
// checks it on the packed package).
export { OrderWizard } from './elements/order-wizard/order-wizard.js';
export type { BillingProfileOption, OrderWizardEventMap } from './elements/order-wizard/order-wizard.js';
export type * from './elements/order-wizard/events.js';
export { TrustedSourcesEditor } from './elements/trusted-sources-editor/trusted-sources-editor.js';
export type {
  EditorEntry,
  EditorSource,
  ResolveClientAddress,
  TrustedSourcesEditorEventMap,
} from './elements/trusted-sources-editor/trusted-sources-editor.js';
export { NodeSizePicker } from './elements/node-size-picker/node-size-picker.js';
export type { NodeSizePickerEventMap } from './elements/node-size-picker/node-size-picker.js';
export { OrderStatusBadge } from './elements/order-status-badge/order-status-badge.js';
export type {
  FetchedStatus,
  FetchStatus,
  OrderStatusBadgeEventMap,
  OrderStatusChangeDetail,
  OrderStatusChangeEvent,
} from './elements/order-status-badge/order-status-badge.js';
export type { TargetedEvent } from './elements/element-events.js';
export type { FormAssociatedElement } from './controllers/form-associated.js';
// The wizard's draft (`draft`, `order-change`) and its steps (`order-step-change`).
export type {
  BillingDraft,
  DocumentAcceptanceDraft,
  NewProfileDraft,
  NewProfileField,
  OrderDraft,
  TrustedSourceRow,
} from './core/wizard-draft.js';
export type { StepId } from './core/wizard-steps.js';
// Opt-in: a page that names no language speaks the browser's (see README, Languages).
export { setFollowBrowserLanguage } from './controllers/browser-language.js';
// The `messages` property of each element: overrides by key.
export type { NodeSizePickerMessageKey, NodeSizePickerMessages } from './i18n/node-size-picker.messages.js';
export type { OrderStatusMessageKey, OrderStatusMessages } from './i18n/order-status.messages.js';
export type { OrderWizardMessageKey, OrderWizardMessages } from './i18n/order-wizard.messages.js';
export type {
  TrustedSourcesEditorMessageKey,
  TrustedSourcesEditorMessages,
} from './i18n/trusted-sources-editor.messages.js';
export * from './schema-api.js';
