/**
 * The monthly price of an order draft, item by item, with its tax and its hourly equivalent. Catalog prices are
 * decimal strings; every sum is done in integer minor units (cents), so 0.10 + 0.20 is 0.30, never
 * 0.30000000000000004. The catalog's limits (prices below one million, storage up to 1,000,000 GB, option numbers up
 * to 1,000,000) keep every amount a safe integer; products with a rate are done in bigint.
 *
 * Rounding, each time half up, to the currency's minor unit unless said otherwise:
 * - a factor on the node price (`nodeFactor`): the node's price times the factor, per node;
 * - tax on net prices: the total times the rate; the gross total is net plus tax;
 * - tax in gross prices: the net total is the total divided by (1 + rate); the tax is the difference;
 * - hourly amounts: monthly amounts divided by the catalog's `hoursPerMonth` (default 730), rounded to two digits
 *   more than the currency has (EUR: 4, "0.2041"); the hourly total is the monthly total divided, not a sum of
 *   rounded items. The monthly amounts are what is billed; hourly ones are for comparison.
 * Pure: no DOM.
 */
import { currencyDigits, findService, optionsFor, storageRulesFor, type Catalog, type PriceEffect } from '../schema/catalog.js';
import { checkOptionValue } from '../schema/option-value.js';
import { defaultText } from './localized-text.js';
import { nodeCountOption, offeredOptions, optionValue, optionValuesOf } from './options.js';

/** What the wizard has so far; any field may be missing or not yet valid. Other order fields are ignored. */
export interface PriceDraft {
  serviceId?: unknown;
  sizeId?: unknown;
  storageGb?: unknown;
  /** For options offered only in some regions. */
  regionId?: unknown;
  /** The options' values by option id; values that break their option's rules add nothing. */
  options?: unknown;
}

export interface PriceItem {
  /** `base` (the service's fixed fee), `node` (the size), `storage` or `option` (one price effect of an option). */
  id: 'base' | 'node' | 'storage' | 'option';
  /** For `option`: the option's id. */
  optionId?: string;
  /**
   * Label from the catalog in its default locale (`catalogInLocale` for another): the service name, the size label (or
   * id), "Storage", the option's label (with the choice's: "Maintenance window: Sunday 02:00"). The UI localises by `id`.
   */
  label: string;
  /** 1 for base; nodes for node; GB for storage; for an option 1, nodes (`perNode`, `nodeFactor`) or its value (`perUnit`). */
  quantity: number;
  unitPrice: string;
  unitPriceMinor: number;
  /** The monthly amount as a decimal string with the currency's digits, e.g. "123.40". */
  amount: string;
  amountMinor: number;
}

export interface PriceTax {
  /** From the catalog, in its default locale (`catalogInLocale` for another), e.g. "VAT". */
  label: string;
  /** In percent, as the catalog writes it, e.g. "19". */
  ratePercent: string;
  /** True: the catalog's prices include the tax (gross); false: the tax is added to them (net). */
  included: boolean;
  amount: string;
  amountMinor: number;
}

export interface OrderPrice {
  currency: string;
  /** Fraction digits of the currency (2 for EUR). */
  minorDigits: number;
  items: PriceItem[];
  /** The sum of the items per month, as the catalog prices them (net, or gross when its tax is `included`). */
  total: string;
  totalMinor: number;
  /** The catalog's tax, when it has one. */
  tax?: PriceTax;
  /** Per month without tax, and with it (both equal `total` without a tax). */
  net: string;
  netMinor: number;
  gross: string;
  grossMinor: number;
  /** The catalog's choice of what to show: `monthly`, `hourly` or `both`. */
  show: 'monthly' | 'hourly' | 'both';
  hoursPerMonth: number;
  /** Hourly amounts (`hourlyDigits` decimals): the total as the catalog prices it, and gross. */
  hourly: { digits: number; total: string; gross: string };
}

/** `a / b` rounded half up, for non-negative bigints. */
const divideHalfUp = (a: bigint, b: bigint): bigint => (2n * a + b) / (2n * b);

/** `"19"` → 1900, `"7.7"` → 770: a decimal with at most 2 decimals in hundredths. */
const hundredths = (decimal: string): bigint => BigInt(toMinorUnits(decimal, 2) ?? 0);

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

/**
 * Prices a draft: items for what it names (base fee, nodes, storage within the service's rules, the options offered
 * with their values, given or default); missing parts add nothing. Then tax and hourly amounts (see the module comment).
 */
export function priceOrder(catalog: Catalog, draft: PriceDraft = {}): OrderPrice {
  const digits = currencyDigits(catalog.currency);
  const items: PriceItem[] = [];
  // Catalog prices passed parseCatalog, so they convert; 0 only guards a hand-built catalog.
  const minor = (price: string) => toMinorUnits(price, digits) ?? 0;
  const itemOf = (id: PriceItem['id'], label: string, unitPriceMinor: number, quantity: number, optionId?: string) => {
    const amountMinor = unitPriceMinor * quantity;
    items.push({
      id, ...(optionId === undefined ? {} : { optionId }), label, quantity, unitPrice: formatMinorUnits(unitPriceMinor, digits),
      unitPriceMinor, amount: formatMinorUnits(amountMinor, digits), amountMinor,
    });
  };
  const item = (id: PriceItem['id'], label: string, unitPrice: string, quantity = 1) => itemOf(id, label, minor(unitPrice), quantity);
  const text = (value: Parameters<typeof defaultText>[1]) => defaultText(catalog, value);
  const service = findService(catalog, draft.serviceId);
  if (service?.monthlyBaseFee) item('base', text(service.name), service.monthlyBaseFee);
  const size = service?.sizes.find((candidate) => candidate.id === draft.sizeId);

  // The options' values that fit their rules, and the options offered with them.
  const options = service ? optionsFor(catalog, service) : [];
  const given = optionValuesOf(draft.options);
  const valid: Record<string, string | number | boolean> = {};
  for (const option of options) {
    const result = Object.hasOwn(given, option.id) ? checkOptionValue(option, given[option.id]) : undefined;
    if (result?.ok) valid[option.id] = result.value;
  }
  const regionId = typeof draft.regionId === 'string' ? draft.regionId : undefined;
  const offered = offeredOptions(options, { regionId, sizeId: size?.id, values: valid });
  const countOption = nodeCountOption(offered);
  const counted = countOption && optionValue(countOption, valid);
  const nodes = typeof counted === 'number' && counted >= 1 ? counted : 1;

  if (size) item('node', size.label === undefined ? size.id : text(size.label), size.monthlyPrice, nodes);
  const rules = service && storageRulesFor(catalog, service);
  const gb = draft.storageGb;
  // Storage is priced per service (a service may set its own rate), and off-step values still get a price while the
  // user types; validation flags them.
  if (rules && typeof gb === 'number' && Number.isInteger(gb) && gb >= rules.minGb && gb <= rules.maxGb) {
    item('storage', 'Storage', rules.pricePerGbMonth, gb);
  }

  for (const option of offered) {
    const value = optionValue(option, valid);
    if (value === undefined || value === false || value === '' || option === countOption) continue;
    const choice = option.type === 'choice' ? option.choices?.find((candidate) => candidate.id === value) : undefined;
    const label = choice ? `${text(option.label)}: ${text(choice.label)}` : text(option.label);
    const effect = (price: PriceEffect | undefined) => {
      if (!price) return;
      if (price.monthly !== undefined) itemOf('option', label, minor(price.monthly), 1, option.id);
      if (price.perNode !== undefined) itemOf('option', label, minor(price.perNode), nodes, option.id);
      if (price.perUnit !== undefined && typeof value === 'number') itemOf('option', label, minor(price.perUnit), value, option.id);
      if (price.nodeFactor !== undefined && size) {
        const unit = divideHalfUp(BigInt(minor(size.monthlyPrice)) * hundredths(price.nodeFactor), 100n);
        itemOf('option', label, Number(unit), nodes, option.id);
      }
    };
    effect(option.price);
    effect(choice?.price);
  }

  const totalMinor = items.reduce((sum, entry) => sum + entry.amountMinor, 0);
  const { tax, show, hoursPerMonth } = catalog.pricing;
  let [netMinor, grossMinor] = [totalMinor, totalMinor];
  let priceTax: PriceTax | undefined;
  if (tax) {
    const rate = hundredths(tax.ratePercent);
    const total = BigInt(totalMinor);
    if (tax.included) netMinor = Number(divideHalfUp(total * 10_000n, 10_000n + rate));
    else grossMinor = Number(total + divideHalfUp(total * rate, 10_000n));
    const amountMinor = grossMinor - netMinor;
    priceTax = {
      label: text(tax.label), ratePercent: tax.ratePercent, included: tax.included, amount: formatMinorUnits(amountMinor, digits), amountMinor,
    };
  }
  const hourlyDigits = digits + 2;
  const perHour = (monthlyMinor: number) => formatMinorUnits(Number(divideHalfUp(BigInt(monthlyMinor) * 100n, BigInt(hoursPerMonth))), hourlyDigits);
  return {
    currency: catalog.currency, minorDigits: digits, items, total: formatMinorUnits(totalMinor, digits), totalMinor,
    ...(priceTax ? { tax: priceTax } : {}),
    net: formatMinorUnits(netMinor, digits), netMinor, gross: formatMinorUnits(grossMinor, digits), grossMinor,
    show, hoursPerMonth, hourly: { digits: hourlyDigits, total: perHour(totalMinor), gross: perHour(grossMinor) },
  };
}
