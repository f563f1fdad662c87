/**
 * Decisions of `<node-size-picker>`: which node types and sizes show, in which order, which are available in a region
 * and why not, which type to show for a value, and what is wrong with a value. Pure: no lit, no DOM, runs in Node.
 * Inputs may come from a plain-HTML host's JSON, so every function tolerates lists with malformed entries.
 */
import type { NodeSize as CatalogNodeSize, NodeType as CatalogNodeType } from '../schema/catalog.js';
import { isRecord } from '../schema/raw-input.js';
import type { InLocale } from './localized-text.js';

// The picker shows texts as given: a host (the wizard too) passes node types and sizes with texts in its language.
type NodeSize = InLocale<CatalogNodeSize>;
type NodeType = InLocale<CatalogNodeType>;

/** Why a size cannot be picked: `not-in-region` (the size's `regions` list leaves the region out). */
export type SizeUnavailableReason = 'not-in-region';

/** What keeps a value from being valid: nothing picked while required, or a size not offered in the region. */
export type SizeProblem = 'value-missing' | 'not-in-region';


/** The sizes of a list that have a string `id` and `nodeType`; anything else (null, a string, no id) is dropped. */
export function usableSizes(sizes: unknown): NodeSize[] {
  if (!Array.isArray(sizes)) return [];
  return sizes.filter((size): size is NodeSize => isRecord(size) && typeof size.id === 'string' && typeof size.nodeType === 'string');
}

/**
 * The node types to offer, in the host's order: listed types that have at least one size (the catalog warns that a
 * type without sizes is never shown), then types that sizes name but the list lacks, labelled by their id.
 */
export function nodeTypesToShow(nodeTypes: unknown, sizes: unknown): NodeType[] {
  const usedIds = new Set(usableSizes(sizes).map((size) => size.nodeType));
  const listed = (Array.isArray(nodeTypes) ? nodeTypes : []).filter(
    (type): type is NodeType => isRecord(type) && typeof type.id === 'string' && usedIds.has(type.id),
  );
  const shown = new Map(listed.map((type) => [type.id, type]));
  for (const id of usedIds) if (!shown.has(id)) shown.set(id, { id, label: id });
  return [...shown.values()];
}

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/**
 * Orders two decimal strings ("89.00" < "134.9") exactly, without floats; strings that are not plain decimals sort
 * after all others. Returns a negative number, 0 or a positive number, like `Array.prototype.sort` expects.
 */
export function compareDecimals(a: string, b: string): number {
  const left = DECIMAL.exec(String(a));
  const right = DECIMAL.exec(String(b));
  if (!left || !right) return (left ? 0 : 1) - (right ? 0 : 1);
  const whole = (match: RegExpExecArray) => match[1]!.replace(/^0+(?=\d)/, '');
  const [l, r] = [whole(left), whole(right)];
  if (l.length !== r.length) return l.length - r.length;
  if (l !== r) return l < r ? -1 : 1;
  const digits = Math.max(left[2]?.length ?? 0, right[2]?.length ?? 0);
  const [lf, rf] = [(left[2] ?? '').padEnd(digits, '0'), (right[2] ?? '').padEnd(digits, '0')];
  return lf === rf ? 0 : lf < rf ? -1 : 1;
}

/** The sizes of one node type, cheapest first (then fewer vCPU, then less RAM; ties keep the host's order). */
export function sizesOfType(sizes: unknown, nodeTypeId: string | undefined): NodeSize[] {
  return usableSizes(sizes)
    .filter((size) => size.nodeType === nodeTypeId)
    .sort((a, b) => compareDecimals(a.monthlyPrice, b.monthlyPrice) || a.vcpu - b.vcpu || a.ramGiB - b.ramGiB);
}

/** The size with this id, if any. */
export function findSize(sizes: unknown, id: string | null | undefined): NodeSize | undefined {
  return id ? usableSizes(sizes).find((size) => size.id === id) : undefined;
}

/** Why the size cannot be picked in the region, or undefined when it can (always, when no region is given). */
export function sizeUnavailableReason(size: NodeSize, region: string | null | undefined): SizeUnavailableReason | undefined {
  if (!region || !Array.isArray(size.regions)) return undefined;
  return size.regions.includes(region) ? undefined : 'not-in-region';
}

/**
 * The node type to show: the type of the value's size; else the type the user picked last (if still shown); else the
 * first one. Undefined when no type is shown.
 */
export function nodeTypeToShow(
  nodeTypes: unknown,
  sizes: unknown,
  value: string | null | undefined,
  preferred?: string,
): string | undefined {
  const shown = nodeTypesToShow(nodeTypes, sizes).map((type) => type.id);
  const ofValue = findSize(sizes, value)?.nodeType;
  if (ofValue !== undefined && shown.includes(ofValue)) return ofValue;
  if (preferred !== undefined && shown.includes(preferred)) return preferred;
  return shown[0];
}

/**
 * What is wrong with a value: `value-missing` when required and it names no known size (empty, or sizes not loaded
 * yet), `not-in-region` when its size is not offered in the region; undefined when it is fine.
 */
export function sizeProblem(
  sizes: unknown,
  value: string | null | undefined,
  region: string | null | undefined,
  required: boolean,
): SizeProblem | undefined {
  const size = findSize(sizes, value);
  if (!size) return required ? 'value-missing' : undefined;
  return sizeUnavailableReason(size, region);
}

/** A JSON list from an attribute (`node-types`, `sizes`); invalid JSON or anything but a list gives an empty list. */
export function parseJsonList(text: string | null): unknown[] {
  try {
    const parsed: unknown = JSON.parse(text ?? '[]');
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}
