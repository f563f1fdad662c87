/**
 * Which item of a radiogroup holds its one tab stop (the ARIA radiogroup pattern): the active (checked) item when it is
 * enabled, else the first enabled item; `undefined` when every item is disabled. Elements render `tabindex="0"` on it
 * and `-1` on the others, in the same render as the items, so no pass over the DOM after each update is needed.
 */
export function tabStop<T>(
  items: readonly T[],
  isActive: (item: T) => boolean,
  isDisabled: (item: T) => boolean = () => false,
): T | undefined {
  let first: T | undefined;
  for (const item of items) {
    if (isDisabled(item)) continue;
    if (isActive(item)) return item;
    first ??= item;
  }
  return first;
}
