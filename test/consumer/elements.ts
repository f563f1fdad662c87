// An integrator's TypeScript with the elements, no casts: listeners on an element, on `document` and on `window` get
// each event's detail typed; the form elements' `input`/`change` give `currentTarget.value` typed; `respondWith`,
// `catalog` and `fetchStatus` refuse wrong shapes; every type a signature names can be imported.
// A line after `// @ts-expect-error TSxxxx` must fail with that error (test/node/consumer-types.test.mjs checks both).
import 'order-widgets/define';
import { builtInCatalog, builtInCatalogInput } from 'order-widgets/schema';
import {
  catalogInLocale,
  describeIssue,
  OrderWizard,
  type BillingProfileOption,
  type CatalogInput,
  type EditorEntry,
  type EditorSource,
  type FetchedStatus,
  type FetchStatus,
  type InLocale,
  type Issue,
  type MessageTemplate,
  type NodeSize,
  type NodeSizePicker,
  type NodeSizePickerMessageKey,
  type NodeSizePickerMessages,
  type NodeType,
  type Order,
  type OrderConfigErrorSource,
  type OrderDraft,
  type OrderPrice,
  type OrderReadyDetail,
  type OrderStatus,
  type OrderStatusBadge,
  type OrderStatusMessages,
  type OrderSubmitAnswer,
  type OrderSubmitDetail,
  type OrderSubmitRejection,
  type OrderWizardMessageKey,
  type OrderWizardMessages,
  type ResolveClientAddress,
  type StepId,
  type SubmitOrder,
  type TargetedEvent,
  type TrustedSourceRules,
  type TrustedSourcesEditor,
  type TrustedSourcesEditorMessages,
} from 'order-widgets';

const wizard = document.createElement('order-wizard');
const editor = document.createElement('trusted-sources-editor');
const picker = document.createElement('node-size-picker');
const badge = document.createElement('order-status-badge');
const wizardClass: typeof OrderWizard = OrderWizard;
const isWizard: boolean = wizard instanceof wizardClass;

// ---- Listeners on the element: detail typed, `currentTarget` is the element ----
wizard.addEventListener('order-step-change', (event) => {
  const to: StepId = event.detail.to;
  const from: StepId = event.detail.from;
  if (to === 'summary' && from === 'billing') event.preventDefault();
  const self: OrderWizard = event.currentTarget;
  self.persist = 'local';
});
wizard.addEventListener('order-change', (event) => {
  const draft: OrderDraft = event.detail.draft;
  const price: OrderPrice = event.detail.price;
  const total: string = price.total;
  const sources: string[] = draft.trustedSources.map((row) => row.address);
  return [total, sources];
});
wizard.addEventListener('order-submit', (event) => {
  const detail: OrderSubmitDetail = event.detail;
  const order: Order = detail.order;
  const key: string = detail.idempotencyKey;
  detail.respondWith(Promise.resolve({ orderId: `o-${order.serviceId}-${key}` }));
});
wizard.addEventListener('order-placed', function (event) {
  const orderId: string = event.detail.orderId;
  const order: Order = event.detail.order;
  // `this` in a function listener is the wizard too.
  this.draft = { serviceId: order.serviceId };
  return orderId;
});
wizard.addEventListener('order-config-error', (event) => {
  const issues: Issue[] = event.detail.issues;
  const source: OrderConfigErrorSource = event.detail.source;
  // @ts-expect-error TS2367 the source is one of six words, not any string
  if (source === 'catalogue') return issues;
  // An issue is a code with parameters; the words come from describeIssue, in any registered language.
  // @ts-expect-error TS2339 no words on an issue
  if (issues[0]?.message) return issues;
  return issues.map((issue) => `${issue.path}: ${describeIssue(issue, 'de')}`);
});
badge.addEventListener('order-status-change', (event) => {
  const status: OrderStatus = event.detail.status;
  const previous: OrderStatus = event.detail.previous;
  const self: OrderStatusBadge = event.currentTarget;
  return [status, previous, self.orderId];
});
picker.addEventListener('change', (event) => {
  const value: string = event.currentTarget.value;
  return value;
});
picker.addEventListener('input', function () {
  const value: string = this.value;
  return value;
});
editor.addEventListener('change', (event) => {
  const cidrs: string[] = event.currentTarget.value;
  const sources: EditorSource[] = event.currentTarget.sources;
  const entries: EditorEntry[] = event.currentTarget.entries;
  return [cidrs, sources, entries];
});
editor.addEventListener('input', (event) => {
  // @ts-expect-error TS2322 the editor's value is its list of CIDRs, not one string
  const cidr: string = event.currentTarget.value;
  return cidr;
});
// Events the elements do not name keep the DOM's types.
wizard.addEventListener('keydown', (event) => event.key);
picker.addEventListener('focusout', (event) => event.relatedTarget);
// @ts-expect-error TS2339 no `detail` on the picker's native `change`
picker.addEventListener('change', (event) => event.detail);
// A listener kept to remove it later, typed by the element's event map.
const onSubmit = (event: TargetedEvent<OrderWizard, CustomEvent<OrderSubmitDetail>>) =>
  event.detail.respondWith(Promise.reject({ message: 'Not now' } satisfies OrderSubmitRejection));
wizard.addEventListener('order-submit', onSubmit);
wizard.removeEventListener('order-submit', onSubmit);

// ---- Listeners where the events bubble to: `document` and `window` ----
document.addEventListener('order-submit', (event) => event.detail.respondWith({ orderId: 'o-1' }));
document.addEventListener('order-step-change', (event) => {
  const to: StepId = event.detail.to;
  return to;
});
document.addEventListener('order-status-change', (event) => {
  const status: OrderStatus = event.detail.status;
  return status;
});
window.addEventListener('order-placed', (event) => {
  const orderId: string = event.detail.orderId;
  return orderId;
});
window.addEventListener('order-change', (event) => {
  const price: OrderPrice = event.detail.price;
  return price;
});
window.addEventListener('order-config-error', (event) => event.detail.issues.length);
document.body.addEventListener('order-status-change', (event) => event.detail.previous);
// @ts-expect-error TS2339 `order-placed` has no `price`
document.addEventListener('order-placed', (event) => event.detail.price);

// ---- `respondWith`: a promise of `{ orderId: string }` (or the answer itself); rejections carry `OrderSubmitRejection` ----
wizard.addEventListener('order-submit', (event) => {
  const answer: Promise<OrderSubmitAnswer> = fetch('/api/orders', { method: 'POST', body: JSON.stringify(event.detail.order) })
    .then(async (response) => {
      if (!response.ok) throw (await response.json()) as unknown;
      const body: { orderId: string } = await response.json();
      return { orderId: body.orderId };
    });
  event.detail.respondWith(answer);
});
wizard.addEventListener('order-submit', (event) => {
  // @ts-expect-error TS2345 an answer without `orderId`
  event.detail.respondWith(Promise.resolve({ id: 'x' }));
});
wizard.addEventListener('order-submit', (event) => {
  // @ts-expect-error TS2345 `orderId` is a string
  event.detail.respondWith(Promise.resolve({ orderId: 42 }));
});
wizard.addEventListener('order-submit', (event) => {
  // @ts-expect-error TS2345 the raw Response is no answer: read its body first
  event.detail.respondWith(fetch('/api/orders', { method: 'POST' }));
});
wizard.addEventListener('order-submit', (event) => {
  const signal: AbortSignal = event.detail.signal;
  return signal.aborted;
});
wizard.addEventListener('order-ready', (event) => {
  const detail: OrderReadyDetail = event.detail;
  const step: StepId | undefined = detail.step;
  return [detail.catalog.currency, step, event.currentTarget.submitTimeout];
});

// ---- `submitOrder`: async, with the attempt's key and signal; a promise of `{ orderId: string }` ----
wizard.submitOrder = async (order, { idempotencyKey, signal }) => {
  const response = await fetch('/api/orders', { method: 'POST', headers: { 'idempotency-key': idempotencyKey }, body: JSON.stringify(order), signal });
  if (!response.ok) throw (await response.json()) as OrderSubmitRejection;
  const body: { orderId: string } = await response.json();
  return { orderId: body.orderId };
};
const placeOrder: SubmitOrder = (order) => Promise.resolve({ orderId: `o-${order.serviceId}` });
wizard.submitOrder = placeOrder;
wizard.submitOrder = undefined;
// @ts-expect-error TS2322 an answer without `orderId`
wizard.submitOrder = async () => ({ id: 'x' });
// @ts-expect-error TS2322 the raw Response is no answer: read its body first
wizard.submitOrder = (order, { signal }) => fetch('/api/orders', { method: 'POST', body: JSON.stringify(order), signal });

const rejection: OrderSubmitRejection = {
  message: 'Please check the order.',
  fieldErrors: [{ path: 'trustedSources[0].cidr', message: 'Not a public address.' }],
};
// @ts-expect-error TS2353 a field error names its `path`, not its `field`
const badRejection: OrderSubmitRejection = { message: 'No', fieldErrors: [{ field: 'sizeId', message: 'Gone' }] };

// ---- Properties: the catalog's input shape, the status answer, the messages, the other options ----
wizard.catalog = builtInCatalogInput;
wizard.catalog = builtInCatalog;
const catalog: CatalogInput = {
  currency: 'EUR',
  storage: { maxGb: 1000, pricePerGbMonth: '0.12' },
  services: [{
    id: 'postgresql', kind: 'database', name: 'PostgreSQL', versions: ['17'],
    nodeTypes: [{ id: 'general-purpose', label: 'General purpose' }],
    sizes: [{ id: 'gp-s', nodeType: 'general-purpose', vcpu: 2, ramGiB: 4, monthlyPrice: '79.00' }],
  }],
  regions: [{ id: 'de-west-1', label: 'Germany West', offers: [{ service: 'postgresql' }] }],
};
wizard.catalog = catalog;
// @ts-expect-error TS2322 `services` is a list of services, not of names
wizard.catalog = { currency: 'EUR', storage: { maxGb: 1000, pricePerGbMonth: '0.12' }, services: ['postgresql'], regions: [] };
// @ts-expect-error TS2741 a catalog needs its storage rules
wizard.catalog = { currency: 'EUR', services: catalog.services, regions: catalog.regions };
// @ts-expect-error TS2322 prices are decimal strings
wizard.catalog = { ...catalog, storage: { maxGb: 1000, pricePerGbMonth: 0.12 } };

const profiles: BillingProfileOption[] = [{ id: 'bp-1001', label: 'Example GmbH, Köln' }];
wizard.billingProfiles = profiles;
const fetchStatus: FetchStatus = (orderId, { signal }) => fetch(`/api/orders/${orderId}`, { signal }).then((r) => r.json());
const fromBackend: FetchStatus = async (orderId): Promise<FetchedStatus> => ({ status: 'DONE', message: `Order ${orderId}`, updatedAt: Date.now() });
wizard.fetchStatus = fetchStatus;
badge.fetchStatus = fromBackend;
// @ts-expect-error TS2322 an answer without `status`
badge.fetchStatus = async () => ({ state: 'ready' });
const resolveClientAddress: ResolveClientAddress = async () => '203.0.113.7';
wizard.resolveClientAddress = resolveClientAddress;
editor.resolveClientAddress = resolveClientAddress;
const draft: OrderDraft = wizard.draft;
wizard.draft = { ...draft, storageGb: 100 };
wizard.persist = 'none';
// @ts-expect-error TS2322 `persist` is session, local or none
wizard.persist = 'cookie';

const wizardMessages: OrderWizardMessages = { 'heading-summary': 'Check your order' };
const key: OrderWizardMessageKey = 'heading-summary';
wizard.messages = { ...wizardMessages, [key]: 'Review' };
// @ts-expect-error TS2353 no such message key
wizard.messages = { 'heading-sumary': 'Typo' };
const pickerMessages: NodeSizePickerMessages = { hint: 'Pick a size.' };
const pickerKey: NodeSizePickerMessageKey = 'hint';
const template: MessageTemplate = { one: '{count} vCPU', other: '{count} vCPUs' };
picker.messages = { ...pickerMessages, vcpu: template, [pickerKey]: 'Choose.' };
const editorMessages: TrustedSourcesEditorMessages = { legend: 'Allowed addresses' };
editor.messages = editorMessages;
const badgeMessages: OrderStatusMessages = { 'status-ready': 'Live' };
badge.messages = badgeMessages;

const nodeTypes: InLocale<NodeType>[] = [{ id: 'general-purpose', label: 'General purpose' }];
const sizes: InLocale<NodeSize>[] = [{ id: 'gp-s', nodeType: 'general-purpose', vcpu: 2, ramGiB: 4, monthlyPrice: '79.00' }];
picker.nodeTypes = nodeTypes;
picker.sizes = sizes;
// A catalog's node types, texts picked for the page's language.
picker.nodeTypes = catalogInLocale(builtInCatalog, 'de').services[0]!.nodeTypes;
// @ts-expect-error TS2322 the picker shows texts as given: a catalog's maps are picked for one locale first
picker.nodeTypes = builtInCatalog.services[0]!.nodeTypes;
// @ts-expect-error TS2322 a size's monthly price is a decimal string
picker.sizes = [{ id: 'gp-s', nodeType: 'general-purpose', vcpu: 2, ramGiB: 4, monthlyPrice: 79 }];
const rules: Partial<TrustedSourceRules> = { maxEntries: 10, allowIpv6: false };
editor.rules = rules;
editor.value = ['203.0.113.0/24'];
editor.value = '203.0.113.0/24 198.51.100.7';
editor.entries = [{ address: '203.0.113.0/24', label: 'Office' }];

// The element classes by tag, as the DOM hands them out.
const found: TrustedSourcesEditor | null = document.querySelector('trusted-sources-editor');
const pickers: NodeListOf<NodeSizePicker> = document.querySelectorAll('node-size-picker');

export { isWizard, rejection, badRejection, found, pickers };
