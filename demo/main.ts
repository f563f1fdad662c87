// The demo portal: a customer picks a service, orders it with <order-wizard> and follows it under "My orders".
// Everything the elements need from a backend is wired here, to the real little backend in demo/server/.
import '../src/define.js';
import { builtInCatalog, builtInCatalogInput } from '../src/catalogs/built-in-catalog.js';
import { catalogInLocale } from '../src/core/localized-text.js';
import { optionRecap } from '../src/core/options.js';
import { formatOptionValue } from '../src/i18n/format.js';
import { interpolate, toLocale, type MessageParams } from '../src/i18n/translate.js';
import { optionsFor, type CatalogInput, type ServiceKind } from '../src/schema/catalog.js';
import type { OrderWizard } from '../src/elements/order-wizard/order-wizard.js';
import type { FetchStatus } from '../src/elements/order-status-badge/order-status-badge.js';

const TEXT = {
  en: {
    'nav-services': 'Services',
    'nav-orders': 'My orders',
    'services-title': 'Cloud services',
    'services-intro': 'Order a managed service. You choose the size, storage, who may connect, the region and the invoice.',
    'offer-keycloak': 'Keycloak as a Service',
    'offer-keycloak-text': 'Managed Keycloak for single sign-on and identity management.',
    'offer-databases': 'Databases',
    'offer-databases-text': 'Managed MariaDB, PostgreSQL or MySQL with daily backups.',
    'offer-harbor': 'Harbor private registry',
    'offer-harbor-text': 'A private registry for container images and Helm charts.',
    order: 'Order',
    'order-title': 'Order {name}',
    'orders-title': 'My orders',
    'orders-empty': 'No orders yet.',
    'orders-order': 'Order',
    'orders-service': 'Service',
    'orders-region': 'Region',
    'orders-options': 'Options',
    'orders-price': 'Per month incl. VAT',
    'option-on': 'yes',
    'option-off': 'no',
    'orders-created': 'Placed',
    'orders-status': 'Status',
    'orders-error': 'The orders could not be loaded. Please try again later.',
    'backend-unreachable': 'The portal could not reach its backend. Please check your connection and try again.',
  },
  de: {
    'nav-services': 'Services',
    'nav-orders': 'Meine Bestellungen',
    'services-title': 'Cloud-Services',
    'services-intro':
      'Bestellen Sie einen verwalteten Service. Sie wählen Größe, Speicher, wer sich verbinden darf, die Region und die Rechnung.',
    'offer-keycloak': 'Keycloak as a Service',
    'offer-keycloak-text': 'Verwaltetes Keycloak für Single Sign-on und Identitätsverwaltung.',
    'offer-databases': 'Datenbanken',
    'offer-databases-text': 'Verwaltetes MariaDB, PostgreSQL oder MySQL mit täglichen Backups.',
    'offer-harbor': 'Harbor Private Registry',
    'offer-harbor-text': 'Eine private Registry für Container-Images und Helm-Charts.',
    order: 'Bestellen',
    'order-title': '{name} bestellen',
    'orders-title': 'Meine Bestellungen',
    'orders-empty': 'Noch keine Bestellungen.',
    'orders-order': 'Bestellung',
    'orders-service': 'Service',
    'orders-region': 'Region',
    'orders-options': 'Optionen',
    'orders-price': 'Pro Monat inkl. USt.',
    'option-on': 'ja',
    'option-off': 'nein',
    'orders-created': 'Bestellt',
    'orders-status': 'Status',
    'orders-error': 'Die Bestellungen konnten nicht geladen werden. Bitte versuchen Sie es später erneut.',
    'backend-unreachable': 'Das Portal hat sein Backend nicht erreicht. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  },
} as const satisfies Record<'en' | 'de', Record<string, string>>;
type TextKey = keyof (typeof TEXT)['en'];
type PortalLocale = keyof typeof TEXT;

/** The portal speaks English and German; the elements load German themselves when they first need it. */
const portalLocale = (tag: string | null | undefined): PortalLocale => (toLocale(tag) === 'de' ? 'de' : 'en');

/** What the portal offers: the three services of the seeds; databases let the customer pick the engine. */
const OFFERS = {
  keycloak: { kind: 'iam', service: 'keycloak' },
  databases: { kind: 'database', service: undefined },
  harbor: { kind: 'registry', service: 'harbor' },
} as const satisfies Record<string, { kind: ServiceKind; service: string | undefined }>;
type OfferId = keyof typeof OFFERS;

let locale: PortalLocale = portalLocale(localStorage.getItem('portal-lang') ?? navigator.language);
const view = document.querySelector<HTMLElement>('#view')!;

const t = (key: TextKey, params: MessageParams = {}) => interpolate(TEXT[locale][key], params, locale);

function element<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

// ---- The backend ----

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal, headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

const fetchStatus: FetchStatus = (orderId, { signal }) => getJson(`/api/orders/${encodeURIComponent(orderId)}`, signal);
/** The order's status stream (Server-Sent Events): statuses come as they change; `fetchStatus` is the fallback. */
const STATUS_STREAM = '/api/orders/{orderId}/events';
const streamUrlOf = (orderId: string) => STATUS_STREAM.replace('{orderId}', encodeURIComponent(orderId));

const resolveClientAddress = async () => (await getJson<{ address: string }>('/api/my-ip')).address;

interface ServerFieldError {
  path: string;
  message: string;
  code?: string;
  params?: MessageParams;
}

/** The host's part of `order-submit`: POST the order; its answer resolves to `{ orderId }` or rejects with field errors. */
async function placeOrder(order: unknown): Promise<{ orderId: string }> {
  let response: Response;
  try {
    response = await fetch('/api/orders', {
      method: 'POST',
      // The server answers field errors in the language the portal shows (`describeIssue(issue, locale)` there).
      headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': locale },
      body: JSON.stringify(order),
    });
  } catch {
    throw { message: t('backend-unreachable') };
  }
  const body = (await response.json().catch(() => ({}))) as { orderId?: string; message?: string; fieldErrors?: ServerFieldError[] };
  if (response.ok && body.orderId) return { orderId: body.orderId };
  throw {
    message: body.message ?? `HTTP ${response.status}`,
    fieldErrors: body.fieldErrors?.map((error) => ({ path: error.path, message: error.message })),
  };
}

// ---- Views ----

/** A partner-style subset of the catalog: only the services of one kind, and the regions offering them. */
function catalogOf(kind: ServiceKind): CatalogInput {
  const catalog = structuredClone(builtInCatalogInput);
  catalog.services = catalog.services.filter((service) => service.kind === kind);
  const ids = new Set(catalog.services.map((service) => service.id));
  catalog.regions = catalog.regions
    .map((region) => ({ ...region, offers: region.offers.filter((offer) => ids.has(offer.service)) }))
    .filter((region) => region.offers.length > 0);
  // Options for services left out go too (a catalog's options may name only services it has).
  catalog.options = (catalog.options ?? [])
    .filter((option) => !option.services || option.services.some((id) => ids.has(id)))
    .map((option) => (option.services ? { ...option, services: option.services.filter((id) => ids.has(id)) } : option));
  return catalog;
}

function showServices() {
  const list = element('ul', { className: 'services' });
  for (const id of Object.keys(OFFERS) as OfferId[]) {
    list.append(
      element(
        'li',
        {},
        element('h2', {}, t(`offer-${id}`)),
        element('p', {}, t(`offer-${id}-text`)),
        element('a', { className: 'button', href: `#/order/${id}` }, `${t('order')}: ${t(`offer-${id}`)}`),
      ),
    );
  }
  view.replaceChildren(element('h1', {}, t('services-title')), element('p', {}, t('services-intro')), list);
}

async function showOrder(id: OfferId) {
  const offer = OFFERS[id];
  const wizard = element('order-wizard', { id: `wizard-${id}` }) as OrderWizard;
  if (offer.service) wizard.setAttribute('service', offer.service);
  else wizard.catalog = catalogOf(offer.kind);
  // The confirmation's way on, as the guides have it: the order status page, with the new order marked.
  wizard.setAttribute('status-url', '#/orders/{orderId}');
  wizard.setAttribute('status-stream-url', STATUS_STREAM);
  wizard.fetchStatus = fetchStatus;
  Object.assign(wizard, { resolveClientAddress });
  wizard.addEventListener('order-submit', (event) => event.detail.respondWith(placeOrder(event.detail.order)));
  const heading = element('h1', {}, t('order-title', { name: t(`offer-${id}`) }));
  heading.dataset['offer'] = id;
  view.replaceChildren(heading, wizard);
  try {
    const { profiles } = await getJson<{ profiles: { id: string; label: string; description?: string }[] }>('/api/billing-profiles');
    wizard.billingProfiles = profiles.map(({ id: profileId, label, description }) => ({ id: profileId, label, description }));
  } catch {
    // Without existing profiles the customer can still order with a new invoice profile.
  }
}

/** "My orders", the order status page: every order with its live status; `current` (just placed) is marked. */
async function showOrders(current?: string) {
  const heading = element('h1', {}, t('orders-title'));
  view.replaceChildren(heading);
  let orders: {
    orderId: string; serviceId: string; regionId: string; createdAt: string; status: string;
    options?: Record<string, string | number | boolean>; price?: { currency: string; net: string; gross: string };
  }[];
  try {
    ({ orders } = await getJson<{ orders: typeof orders }>('/api/orders'));
  } catch {
    view.append(element('p', { role: 'alert' } as Partial<HTMLParagraphElement>, t('orders-error')));
    return;
  }
  if (orders.length === 0) {
    view.append(element('p', {}, t('orders-empty')));
    return;
  }
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  // The service in the portal's language, from the catalog (the backend answers in the catalog's default locale).
  const shown = catalogInLocale(builtInCatalog, locale);
  const serviceName = (order: (typeof orders)[number]) => shown.services.find((each) => each.id === order.serviceId)?.name ?? order.serviceId;
  const regionName = (order: (typeof orders)[number]) => shown.regions.find((each) => each.id === order.regionId)?.label ?? order.regionId;
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: builtInCatalog.currency });
  /** The options in the portal's language: "High availability: yes; Backup retention: 14 days". */
  /** The options in the portal's language, in the catalog's order: "High availability: yes; Backup retention: 14 days". */
  const optionsText = (order: (typeof orders)[number]) => {
    const service = shown.services.find((each) => each.id === order.serviceId);
    const values = order.options ?? {};
    // Those the order holds: a stored order has every offered option's value.
    const held = service ? optionsFor(shown, service).filter((option) => Object.hasOwn(values, option.id)) : [];
    const words = { on: t('option-on'), off: t('option-off') };
    return optionRecap(held, values).map((entry) => `${entry.option.label}: ${formatOptionValue(entry, words)}`).join('; ');
  };
  const head = element('tr', {}, ...(['orders-order', 'orders-service', 'orders-region', 'orders-options', 'orders-price', 'orders-created', 'orders-status'] as const).map((key) => element('th', { scope: 'col' }, t(key))));
  const rows = orders.map((order) => {
    // The id has its own column: the badge does not repeat it. A failed order links to the catalog's support page.
    const badge = element('order-status-badge', {
      orderId: order.orderId, status: order.status, streamUrl: streamUrlOf(order.orderId), fetchStatus, live: true,
      hideOrderId: true, supportUrl: shown.support,
    });
    const row = element(
      'tr',
      {},
      element('td', {}, order.orderId),
      element('td', {}, serviceName(order)),
      element('td', {}, regionName(order)),
      element('td', { className: 'order-options' }, optionsText(order)),
      // Intl takes the decimal string exactly (no float on the way).
      element('td', { className: 'order-price' }, order.price ? money.format(order.price.gross as unknown as number) : ''),
      element('td', {}, dates.format(new Date(order.createdAt))),
      element('td', {}, badge),
    );
    if (order.orderId === current) {
      row.className = 'current';
      row.setAttribute('aria-current', 'true');
    }
    return row;
  });
  view.append(element('table', { className: 'orders' }, element('thead', {}, head), element('tbody', {}, ...rows)));
}

function route() {
  document.documentElement.lang = locale;
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) node.textContent = t(node.dataset['text'] as TextKey);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset['lang'] === locale));
  }
  const [, page, id] = location.hash.split('/');
  if (page === 'order' && id && Object.hasOwn(OFFERS, id)) void showOrder(id as OfferId);
  else if (page === 'orders') void showOrders(id ? decodeURIComponent(id) : undefined);
  else showServices();
}

document.querySelector('#language')!.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('[data-lang]');
  if (!button) return;
  locale = portalLocale(button.dataset['lang']);
  localStorage.setItem('portal-lang', locale);
  // The elements follow the document's lang by themselves; only the portal's own words need a new render.
  document.documentElement.lang = locale;
  if (!location.hash.startsWith('#/order/')) {
    route();
    return;
  }
  // Keep the open wizard (and everything typed into it): it follows the document's lang by itself.
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) node.textContent = t(node.dataset['text'] as TextKey);
  const heading = view.querySelector<HTMLElement>('h1[data-offer]');
  if (heading) heading.textContent = t('order-title', { name: t(`offer-${heading.dataset['offer'] as OfferId}`) });
  for (const each of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) each.setAttribute('aria-pressed', String(each.dataset['lang'] === locale));
});
window.addEventListener('hashchange', () => {
  route();
  view.focus();
});
route();
