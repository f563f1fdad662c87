// Public API of order-widgets: element classes and types, no side effects. `order-widgets/define` registers the tags.
export { OrderWizard } from './elements/order-wizard/order-wizard.js';
export type { BillingProfileOption } from './elements/order-wizard/order-wizard.js';
export type * from './elements/order-wizard/events.js';
export { TrustedSourcesEditor } from './elements/trusted-sources-editor/trusted-sources-editor.js';
export type { EditorEntry, EditorSource, ResolveClientAddress } from './elements/trusted-sources-editor/trusted-sources-editor.js';
export { NodeSizePicker } from './elements/node-size-picker/node-size-picker.js';
export { OrderStatusBadge } from './elements/order-status-badge/order-status-badge.js';
export type {
  FetchStatus,
  OrderStatusChangeDetail,
  OrderStatusChangeEvent,
} from './elements/order-status-badge/order-status-badge.js';
export * from './schema-entry.js';
