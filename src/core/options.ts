/**
 * Options of an order: which of a service's options are offered for the choices made (region, size, the other
 * options' values), and the value each one has (given, else its default). `validateOrder` checks an order's options
 * with these, `priceOrder` prices them, the wizard shows the offered ones. Pure: no lit, no DOM.
 */
import type { Catalog, OptionOf, OptionValue } from '../schema/catalog.js';
import { isRecord } from '../schema/raw-input.js';

/** Why an option is not offered: the region, the size, or another option's value (`when`). */
export type OptionBlock = 'option-not-in-region' | 'option-not-for-size' | 'option-needs-other';

export interface OptionChoicesContext {
  regionId?: string | undefined;
  sizeId?: string | undefined;
  /** The options' values as given (valid ones); an option left out counts with its default. */
  values: Readonly<Record<string, unknown>>;
}

/** The value an option has: the one given, else its default; a toggle without either is off. */
export function optionValue(option: OptionOf<Catalog>, values: Readonly<Record<string, unknown>>): OptionValue | undefined {
  const given = Object.hasOwn(values, option.id) ? values[option.id] : undefined;
  if (typeof given === 'string' || typeof given === 'number' || typeof given === 'boolean') return given;
  return option.default ?? (option.type === 'toggle' ? false : undefined);
}

/**
 * Why `option` is not offered for the choices, or undefined when it is. A region or size not chosen yet blocks
 * nothing; an option whose `when` names an option that is itself not offered is not offered either.
 */
export function optionBlock<C extends Catalog>(
  options: readonly OptionOf<C>[], option: OptionOf<C>, context: OptionChoicesContext, depth = 0,
): OptionBlock | undefined {
  const { regionId, sizeId, values } = context;
  if (option.regions && regionId !== undefined && !option.regions.includes(regionId)) return 'option-not-in-region';
  if (option.sizes && sizeId !== undefined && !option.sizes.includes(sizeId)) return 'option-not-for-size';
  if (option.when) {
    const other = options.find((candidate) => candidate.id === option.when!.option);
    // parseCatalog refuses circles; the depth only guards a catalog it has not seen.
    if (!other || depth > options.length || optionBlock(options, other, context, depth + 1)) return 'option-needs-other';
    const value = optionValue(other, values);
    if (value === undefined || !option.when.values.includes(value)) return 'option-needs-other';
  }
  return undefined;
}

/** The options offered for the choices, in catalog order. */
export function offeredOptions<C extends Catalog>(options: readonly OptionOf<C>[], context: OptionChoicesContext): OptionOf<C>[] {
  return options.filter((option) => !optionBlock(options, option, context));
}

/** The option whose value is the number of nodes (`nodeCount`), if the service has one. */
export function nodeCountOption<C extends Catalog>(options: readonly OptionOf<C>[]): OptionOf<C> | undefined {
  return options.find((option) => option.type === 'number' && option.nodeCount === true);
}

/** The options' values of an order or draft as a record of own keys (anything else: none). */
export function optionValuesOf(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

/** One option of a recap: the option, its value, and for a choice the choice it names. */
export interface OptionRecapEntry<O extends OptionOf<Catalog> = OptionOf<Catalog>> {
  option: O;
  value: OptionValue;
  choice?: NonNullable<O['choices']>[number];
}

/**
 * What a recap of `options` lists for `values` (the wizard's summary, a portal's list of orders): each option with its
 * value (given, else its default; a toggle off), in the order of `options` (the catalog's, whatever order the values'
 * keys came in, e.g. from a database), leaving out those without a value and empty texts.
 */
export function optionRecap<O extends OptionOf<Catalog>>(options: readonly O[], values: Readonly<Record<string, unknown>>): OptionRecapEntry<O>[] {
  return options.flatMap((option) => {
    const value = optionValue(option, values);
    if (value === undefined || value === '') return [];
    const choice = option.choices?.find((candidate) => candidate.id === value);
    return [choice ? { option, value, choice } : { option, value }];
  });
}
