/**
 * The monthly price of an order draft, item by item. Catalog prices are decimal strings; every sum is done in integer
 * minor units (cents), so 0.10 + 0.20 is 0.30, never 0.30000000000000004. The catalog's limits (prices below one
 * million, storage up to 1,000,000 GB) keep every amount a safe integer. Pure: no DOM.
 */
import { currencyDigits, findService, storageRulesFor, type Catalog } from '../schema/catalog.js';
import { defaultText } from './localized-text.js';

/** What the wizard has so far; any field may be missing or not yet valid. Other order fields are ignored. */
export interface PriceDraft {
  serviceId?: unknown;
  sizeId?: unknown;
  storageGb?: unknown;
}

export interface PriceItem {
  /** `base` (the service's fixed fee), `node` (the size) or `storage`. */
  id: 'base' | 'node' | 'storage';
  /**
   * Label from the catalog in its default locale (`catalogInLocale` for another): the service name, the size label (or
   * id), "Storage". The UI localises by `id`.
   */
  label: string;
  /** 1 for base and node; GB for storage. */
  quantity: number;
  unitPrice: string;
  unitPriceMinor: number;
  /** The monthly amount as a decimal string with the currency's digits, e.g. "123.40". */
  amount: string;
  amountMinor: number;
}

export interface OrderPrice {
  currency: string;
  /** Fraction digits of the currency (2 for EUR). */
  minorDigits: number;
  items: PriceItem[];
  total: string;
  totalMinor: number;
}

/** `"12.5"` → 1250 (for 2 digits); undefined for anything that is not a plain decimal with at most `digits` decimals. */
export function toMinorUnits(decimal: string, digits: number): number | undefined {
  const match = /^(\d{1,15})(?:\.(\d+))?$/.exec(decimal);
  const fraction = match?.[2] ?? '';
  if (!match || fraction.length > digits) return undefined;
  const minor = Number(match[1] + fraction.padEnd(digits, '0'));
  return Number.isSafeInteger(minor) ? minor : undefined;
}

/** 1250 → `"12.50"` (for 2 digits); -5 → `"-0.05"`. */
export function formatMinorUnits(minor: number, digits: number): string {
  const sign = minor < 0 ? '-' : '';
  const text = String(Math.abs(Math.trunc(minor))).padStart(digits + 1, '0');
  return digits ? `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}` : sign + text;
}

/** Prices a draft: items for what it names (base fee, node size, storage within the service's rules); missing parts add nothing. */
export function priceOrder(catalog: Catalog, draft: PriceDraft = {}): OrderPrice {
  const digits = currencyDigits(catalog.currency);
  const items: PriceItem[] = [];
  const item = (id: PriceItem['id'], label: string, unitPrice: string, quantity = 1) => {
    // Catalog prices passed parseCatalog, so they convert; 0 only guards a hand-built catalog.
    const unitPriceMinor = toMinorUnits(unitPrice, digits) ?? 0;
    const amountMinor = unitPriceMinor * quantity;
    items.push({
      id, label, quantity, unitPrice: formatMinorUnits(unitPriceMinor, digits), unitPriceMinor,
      amount: formatMinorUnits(amountMinor, digits), amountMinor,
    });
  };
  const service = findService(catalog, draft.serviceId);
  if (service?.monthlyBaseFee) item('base', defaultText(catalog, service.name), service.monthlyBaseFee);
  const size = service?.sizes.find((candidate) => candidate.id === draft.sizeId);
  if (size) item('node', size.label === undefined ? size.id : defaultText(catalog, size.label), size.monthlyPrice);
  const rules = service && storageRulesFor(catalog, service);
  const gb = draft.storageGb;
  // Storage is priced per service (a service may set its own rate), and off-step values still get a price while the
  // user types; validation flags them.
  if (rules && typeof gb === 'number' && Number.isInteger(gb) && gb >= rules.minGb && gb <= rules.maxGb) {
    item('storage', 'Storage', rules.pricePerGbMonth, gb);
  }
  const totalMinor = items.reduce((sum, entry) => sum + entry.amountMinor, 0);
  return { currency: catalog.currency, minorDigits: digits, items, total: formatMinorUnits(totalMinor, digits), totalMinor };
}
