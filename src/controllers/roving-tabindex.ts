export interface RovingTabindexOptions<T extends HTMLElement> {
  /** The items in order (e.g. the radios of a radiogroup in the host's shadow root). */
  items(): T[];
  /** Disabled items are skipped by the arrow keys (and never hold the tab stop: see `tabStop`). */
  isDisabled?(item: T): boolean;
  /** Called when the keyboard moves to an item (a radiogroup selects it). */
  onMove(item: T): void;
}

const PREVIOUS = new Set(['ArrowUp', 'ArrowLeft']);
const NEXT = new Set(['ArrowDown', 'ArrowRight']);

/**
 * Arrows and Home/End inside a group of items with one tab stop (the ARIA radiogroup pattern): a key focuses the item
 * it moves to and calls `onMove`, whose change (the item checked) the host renders, the tab stop with it: the host
 * renders `tabindex="0"` on the item `tabStop` (core/tab-stop.ts) picks and `-1` on the others, so nothing walks the
 * DOM after each update. Call it from the group's keydown listener.
 */
export function rovingKeydown<T extends HTMLElement>(event: KeyboardEvent, options: RovingTabindexOptions<T>): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const items = options.items().filter((item) => !options.isDisabled?.(item));
  if (items.length === 0) return;
  const current = items.findIndex((item) => item === event.composedPath()[0] || item.matches(':focus-within'));
  let next: number;
  if (PREVIOUS.has(event.key)) next = current <= 0 ? items.length - 1 : current - 1;
  else if (NEXT.has(event.key)) next = current < 0 || current === items.length - 1 ? 0 : current + 1;
  else if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = items.length - 1;
  else return;
  event.preventDefault();
  const target = items[next]!;
  options.onMove(target);
  target.focus();
}

/**
 * The keydown of a radiogroup of `role="radio"` options: Space and Enter pick the focused option (a click on it, which
 * the group's `radioClick` turns into the pick); every other key roves (`rovingKeydown`).
 */
export function radioKeydown(event: KeyboardEvent, options: RovingTabindexOptions<HTMLElement>): void {
  const option = (event.target as Element).closest<HTMLElement>('[role=radio]');
  if ((event.key === ' ' || event.key === 'Enter') && option) {
    event.preventDefault();
    option.click();
  } else rovingKeydown(event, options);
}

/**
 * The click of a radiogroup, on its container: a click on one of its `role="radio"` options (a pointer, or Space,
 * Enter and the arrows through `radioKeydown`) picks that option's `data-value`. One listener a group, not one an option.
 */
export function radioClick(event: Event, pick: (value: string) => void): void {
  const value = (event.target as Element).closest<HTMLElement>('[role=radio]')?.dataset.value;
  if (value !== undefined) pick(value);
}
