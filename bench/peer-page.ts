// What the peer pages (list-peers.ts, picker-peers.ts) share: a timed render between two performance marks the
// harness finds in its trace, waiting for Lit updates through shadow trees, the node count and the focused element.

type Updatable = HTMLElement & { updateComplete: Promise<boolean> };

/** Waits until an element and the Lit elements in its shadow root have no update pending. */
export async function settle(element: Element): Promise<void> {
  const lit = element as Updatable;
  if (lit.updateComplete instanceof Promise) while (!(await lit.updateComplete));
  const root = (element as HTMLElement).shadowRoot ?? element;
  for (const child of root.querySelectorAll('*')) if (child.localName.includes('-')) await settle(child);
}

/**
 * Appends what `create` builds to `stage`, between the marks `<name>-start` and `<name>-end`; resolves once it is
 * rendered, styled and laid out, with the time that took (creating the element included).
 */
export async function renderTimed(stage: HTMLElement, name: string, create: () => HTMLElement): Promise<number> {
  performance.mark(`${name}-start`);
  const t0 = performance.now();
  const element = create();
  stage.append(element);
  await settle(element);
  // Style and layout of the whole document, shadow trees included.
  void document.documentElement.getBoundingClientRect().height;
  void document.body.offsetHeight;
  const ms = performance.now() - t0;
  performance.mark(`${name}-end`);
  return ms;
}

/** Every node in `stage`, text and comments included, shadow trees included (not the browser's own, as of <input>). */
export function countNodes(stage: HTMLElement): number {
  let count = 0;
  const walk = (root: Node) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      count++;
      const shadow = (node as Element).shadowRoot;
      if (shadow) walk(shadow);
    }
  };
  for (const child of stage.childNodes) walk(child);
  return count;
}

/** The calls every peer page offers the harness about its stage: empty it (between runs; not timed), count its nodes, wait for it to settle. */
export const stageCalls = (stage: () => HTMLElement) => ({
  clear: () => stage().replaceChildren(),
  nodes: () => countNodes(stage()),
  settled: () => settledIn(stage()),
});

/** The elements matching `selector` in the element in `stage`: in its shadow root, else in its light DOM. */
export function queryStage<T extends Element>(stage: HTMLElement, selector: string): T[] {
  const element = stage.firstElementChild;
  if (!element) return [];
  return [...(element.shadowRoot ?? element).querySelectorAll<T>(selector)];
}

/** The focused element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** After the next frame was produced (rAF, then a task). */
const afterFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Waits for the frame after a change, then for the updates of the element in `stage` (a walk of its shadow trees,
 * after that frame: not in a keystroke's trace window), then for one more frame if any were pending.
 */
export async function settledIn(stage: HTMLElement): Promise<void> {
  await afterFrame();
  const element = stage.firstElementChild;
  if (element) await settle(element);
  await afterFrame();
}
