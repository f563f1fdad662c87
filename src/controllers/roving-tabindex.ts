import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingTabindexOptions<T extends HTMLElement> {
  /** The items in order (e.g. the radios of a radiogroup in the host's shadow root). */
  items(): T[];
  /** The item that holds the tab stop: the checked one; the first enabled item when none is. */
  isActive(item: T): boolean;
  /** Disabled items are skipped by the arrow keys and never take the tab stop. */
  isDisabled?(item: T): boolean;
  /** Called when the keyboard moves to an item (a radiogroup selects it). */
  onMove(item: T): void;
}

const PREVIOUS = new Set(['ArrowUp', 'ArrowLeft']);
const NEXT = new Set(['ArrowDown', 'ArrowRight']);

/**
 * One tab stop for a group of items, arrows/Home/End to move inside it (the ARIA radiogroup pattern): the active item
 * has tabindex 0, every other -1. Call `handleKeydown` from the group's keydown listener.
 */
export class RovingTabindexController<T extends HTMLElement> implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly options: RovingTabindexOptions<T>,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.updateTabStops();
  }

  /** Gives the tab stop to the active item (or the first enabled one) and takes it from all others. */
  updateTabStops(): void {
    const items = this.options.items();
    const enabled = items.filter((item) => !this.options.isDisabled?.(item));
    const stop = enabled.find((item) => this.options.isActive(item)) ?? enabled[0];
    for (const item of items) item.tabIndex = item === stop ? 0 : -1;
  }

  readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const items = this.options.items().filter((item) => !this.options.isDisabled?.(item));
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
    this.options.onMove(target);
    for (const item of this.options.items()) item.tabIndex = item === target ? 0 : -1;
    target.focus();
  };
}

/**
 * The keydown of a radiogroup of `role="radio"` options: Space and Enter pick the focused option (a click on it, so its
 * own handler does the work); every other key goes to the group's roving tab stop.
 */
export function radioKeydown(event: KeyboardEvent, roving: RovingTabindexController<HTMLElement>): void {
  const option = (event.target as Element).closest<HTMLElement>('[role=radio]');
  if ((event.key === ' ' || event.key === 'Enter') && option) {
    event.preventDefault();
    option.click();
  } else roving.handleKeydown(event);
}
