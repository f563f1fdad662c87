// Case 4: the page is painted with the tags not yet defined; after `?delay=` ms the elements load (a late script, as on a
// slow connection) and upgrade. Every layout shift is observed (buffered: from the page's start) and attributed.
type Updatable = HTMLElement & { updateComplete: Promise<boolean>; renderRoot: ShadowRoot };
type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };

const TAGS = 'order-wizard, trusted-sources-editor, node-size-picker, order-status-badge';
const delay = Number(new URLSearchParams(location.search).get('delay') ?? '400');
const shifts: Shift[] = [];
new PerformanceObserver((list) => shifts.push(...(list.getEntries() as Shift[]))).observe({ type: 'layout-shift', buffered: true });
// A draft from another run would change what the wizard shows first.
sessionStorage.clear();

const afterFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function sizes() {
  return [...document.querySelectorAll<HTMLElement>(TAGS)].map((element) => {
    const { width, height } = element.getBoundingClientRect();
    return { tag: element.localName, id: element.getAttribute('order-id') ?? '', width: Math.round(width), height: Math.round(height) };
  });
}

async function settle(element: Updatable): Promise<void> {
  if (!(element.updateComplete instanceof Promise)) throw new Error(`<${element.localName}> is not a Lit element (not defined?)`);
  while (!(await element.updateComplete));
  for (const child of element.renderRoot.querySelectorAll('*')) if ('updateComplete' in child) await settle(child as Updatable);
}

function describe(node: Node | undefined): string {
  if (!node) return '?';
  const element = node instanceof Element ? node : node.parentElement;
  if (!element) return node.nodeName;
  const cell = element.closest('td, th');
  if (cell) return `table cell "${cell.textContent?.trim().slice(0, 20) || cell.querySelector(TAGS)?.localName || ''}"`;
  return `${element.localName}${element.id ? `#${element.id}` : ''}`;
}

declare global {
  interface Window {
    clsResult: Promise<unknown>;
  }
}

window.clsResult = (async () => {
  await sleep(delay);
  await afterFrame();
  const before = sizes();
  const t0 = performance.now();
  await import('../src/define.js');
  await Promise.all([...document.querySelectorAll<Updatable>(TAGS)].map(settle));
  const upgraded = performance.now() - t0;
  await afterFrame();
  await afterFrame();
  await sleep(200);
  const after = sizes();
  const counted = shifts.filter((shift) => !shift.hadRecentInput);
  return {
    cls: counted.reduce((sum, shift) => sum + shift.value, 0),
    upgraded,
    shifts: counted.map((shift) => ({
      value: shift.value,
      at: Math.round(shift.startTime),
      moved: shift.sources.map((source) => ({
        node: describe(source.node),
        dx: Math.round(source.currentRect.x - source.previousRect.x),
        dy: Math.round(source.currentRect.y - source.previousRect.y),
      })),
    })),
    before,
    after,
  };
})();

export {};
