import { radioKeydown } from './roving-tabindex.js';

/**
 * Several radiogroups of `role="radio"` options in one shadow root, each with one tab stop (the checked option, else the
 * first, which the group's template renders: `tabStop`): arrows and Home/End move and pick (the ARIA radiogroup
 * pattern), Space and Enter pick the focused option. A group is found by the class `group-<name>`; picking is a click
 * on the option, which the group's click listener (`radioClick`) turns into the pick.
 */
export class RadioGroupsController<G extends string> {
  readonly #handlers = new Map<G, (event: KeyboardEvent) => void>();

  constructor(private readonly host: { renderRoot: HTMLElement | DocumentFragment }) {}

  /** The keydown listener of a group: the same function on every render, made when the group is first rendered. */
  keydown(group: G): (event: KeyboardEvent) => void {
    let handler = this.#handlers.get(group);
    if (!handler) {
      const options = {
        items: () => [...this.host.renderRoot.querySelectorAll<HTMLElement>(`.group-${group} [role=radio]`)],
        onMove: (item: HTMLElement) => item.click(),
      };
      handler = (event: KeyboardEvent) => radioKeydown(event, options);
      this.#handlers.set(group, handler);
    }
    return handler;
  }
}
