/**
 * Catalog texts for a locale. A catalog's customer-facing texts are plain strings or maps from locale tag to text
 * (`schema/catalog.ts`); the parsed catalog keeps the maps, because an element's `lang` may change at run time, and
 * the text is picked when it is shown. Pure: no lit, no DOM, runs in Node.
 */
import type { Catalog, LocalizedText, ServiceOption } from '../schema/catalog.js';

/** A catalog (or a part of it) with every localized text picked for one locale: plain strings throughout. */
export type InLocale<T> = T extends string | number | boolean | bigint | null | undefined
  ? T
  : T extends readonly (infer Item)[]
    ? InLocale<Item>[]
    : string extends keyof T
      ? string // a map from locale tag to text
      : { [K in keyof T]: InLocale<T[K]> };

export type CatalogInLocale = InLocale<Catalog>;

/** `de-at` → `de-AT`; a tag `Intl` refuses (or none) stays as it is and so matches no map key. */
function canonicalTag(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? locale;
  } catch {
    return locale;
  }
}

/**
 * The text of `value` for `locale` (a `lang` as written, e.g. `de-AT`): a plain string as it is; from a map the text of
 * the exact tag, else of its language (`de`), else of `defaultLocale`. A map without any of them (only in a catalog
 * `parseCatalog` has not checked) gives its first text.
 */
export function localizedText(value: LocalizedText, locale: string, defaultLocale: string): string {
  if (typeof value === 'string') return value;
  const tag = canonicalTag(locale);
  const language = tag.split('-')[0] ?? tag;
  for (const key of [tag, language, defaultLocale]) if (Object.hasOwn(value, key)) return value[key]!;
  return Object.values(value)[0] ?? '';
}

/** The text of `value` in the catalog's default locale: for issue parameters and logs, which have no page `lang`. */
export function defaultText(catalog: Pick<Catalog, 'defaultLocale'>, value: LocalizedText): string {
  return localizedText(value, catalog.defaultLocale, catalog.defaultLocale);
}

const inLocales = new WeakMap<Catalog, Map<string, CatalogInLocale>>();

/**
 * The catalog with every localized text picked for `locale`, for showing it (and for checks whose messages name
 * catalog texts, e.g. `validateOrder(catalogInLocale(catalog, 'de'), order)` on a server answering in German).
 * Ids, prices and rules stay as they are. The same catalog and locale give the same object, so a re-render passes
 * unchanged parts on unchanged.
 */
export function catalogInLocale(catalog: Catalog, locale: string): CatalogInLocale {
  let byLocale = inLocales.get(catalog);
  if (!byLocale) inLocales.set(catalog, (byLocale = new Map()));
  let result = byLocale.get(locale);
  if (!result) byLocale.set(locale, (result = pickTexts(catalog, locale)));
  return result;
}

function pickTexts(catalog: Catalog, locale: string): CatalogInLocale {
  const text = (value: LocalizedText) => localizedText(value, locale, catalog.defaultLocale);
  // Absent optional texts stay absent (no `description: undefined` keys).
  const optional = <K extends string>(key: K, value: LocalizedText | undefined) =>
    (value === undefined ? {} : { [key]: text(value) }) as { [P in K]?: string };
  const option = <O extends ServiceOption>({ description, unit, choices, ...rest }: O) => ({
    ...rest,
    label: text(rest.label),
    ...optional('description', description),
    ...optional('unit', unit),
    ...(choices ? { choices: choices.map(({ description: about, ...choice }) => ({ ...choice, label: text(choice.label), ...optional('description', about) })) } : {}),
  });
  const { tax, ...pricing } = catalog.pricing;
  const { support, ...rest } = catalog;
  return {
    ...rest,
    pricing: { ...pricing, ...(tax ? { tax: { ...tax, label: text(tax.label) } } : {}) },
    options: catalog.options.map(option),
    services: catalog.services.map(({ description, options, ...service }) => ({
      ...(options ? { options: options.map(option) } : {}),
      ...service,
      name: text(service.name),
      ...optional('description', description),
      nodeTypes: service.nodeTypes.map(({ description: about, ...type }) => ({ ...type, label: text(type.label), ...optional('description', about) })),
      sizes: service.sizes.map(({ label, ...size }) => ({ ...size, ...optional('label', label) })),
    })),
    regions: catalog.regions.map((region) => ({
      ...region,
      label: text(region.label),
      availabilityZones: region.availabilityZones.map((zone) => ({ ...zone, label: text(zone.label) })),
    })),
    documents: catalog.documents.map((doc) => ({ ...doc, title: text(doc.title), url: text(doc.url) })),
    ...optional('support', support),
  };
}
