import { radioKeydown, RovingTabindexController } from './roving-tabindex.js';

/**
 * Several radiogroups of `role="radio"` options in one shadow root, each with one tab stop (the checked option, else the
 * first, which the group's template renders: `tabStop`): arrows and Home/End move and pick (the ARIA radiogroup
 * pattern), Space and Enter pick the focused option. A group is found by the class `group-<name>`; picking is a click
 * on the option, so its own handler does the work.
 */
export class RadioGroupsController<G extends string> {
  readonly #handlers = new Map<G, (event: KeyboardEvent) => void>();
  readonly #host: { renderRoot: HTMLElement | DocumentFragment };

  constructor(host: { renderRoot: HTMLElement | DocumentFragment }, groups: readonly G[]) {
    this.#host = host;
    for (const group of groups) this.keydown(group);
  }

  /** The keydown listener of a group (the same function on every render); a group named first here (a catalog's choice option) is made then. */
  keydown(group: G): (event: KeyboardEvent) => void {
    let handler = this.#handlers.get(group);
    if (!handler) {
      const host = this.#host;
      const roving = new RovingTabindexController<HTMLElement>({
        items: () => [...host.renderRoot.querySelectorAll<HTMLElement>(`.group-${group} [role=radio]`)],
        onMove: (item) => item.click(),
      });
      handler = (event: KeyboardEvent) => radioKeydown(event, roving);
      this.#handlers.set(group, handler);
    }
    return handler;
  }
}
