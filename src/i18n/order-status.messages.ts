/**
 * Messages of `<order-status-badge>` in English, built in (other languages: `locales/<code>.ts`). A host overrides any
 * of them through the element's `messages` property, e.g. `failed-advice` to name its own support channel. Plain text with `{name}`
 * placeholders, no plural forms: the badge fills them without the number formatting of `interpolate`.
 */
export const orderStatusMessagesEn = {
  'status-received': 'Received',
  'status-provisioning': 'Provisioning',
  'status-ready': 'Ready',
  'status-failed': 'Failed',
  'status-cancelled': 'Cancelled',
  'status-unknown': 'Unknown',
  order: 'Order {orderId}',
  'updated-at': 'Updated {time}',
  'failed-advice':
    'Unfortunately, something went wrong. Please open a support ticket so that we can help you as quickly as possible.',
  'support-link': 'Open a support ticket',
  reconnecting: 'Connection lost — retrying…',
  offline: 'Connection lost — you are offline.',
} as const satisfies Readonly<Record<string, string>>;

export type OrderStatusMessageKey = keyof typeof orderStatusMessagesEn;

/** A host's overrides: plain text with the same placeholders (`{orderId}`, `{time}`); no plural forms. */
export type OrderStatusMessages = Partial<Record<OrderStatusMessageKey, string>>;
