// Real keys, real paste and viewport sizes that work in every engine the tests run in (Chromium, Firefox, WebKit). The
// commands are test/support/engine-commands.mjs: one key per WebDriver action where WebKitWebDriver needs it,
// modifiers held through each launcher's own path.
import { executeServerCommand, sendMouse } from '@web/test-runner-commands';
import { ENGINE } from './engine.js';

export { ENGINE };

/** One real key press ('Tab', 'Enter', 'Space', 'ArrowDown', 'a'). */
export async function press(key: string): Promise<void> {
  await executeServerCommand('keys', { press: key });
}

/** Types `text` with real keys, character by character. */
export async function type(text: string): Promise<void> {
  await executeServerCommand('keys', { type: text });
}

/** A key pressed while modifiers are held: `pressWith(['Shift'], 'Tab')`, `pressWith(['Control'], 'a')`. */
export async function pressWith(modifiers: readonly string[], key: string): Promise<void> {
  await executeServerCommand('keys', { combo: [...modifiers, key] });
}

/** Selects everything in the focused field with the keyboard (Ctrl+A). */
export function selectAll(): Promise<void> {
  return pressWith(['Control'], 'a');
}

/** The deepest focused element, through shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Pastes `text` into `field` as a user does: with the field focused, Ctrl+C puts `text` on the clipboard (through the
 * copy event, as a page's "copy" button would) and Ctrl+V pastes it, so that the browser itself fires the paste event
 * with its clipboard data (a synthetic ClipboardEvent carries no data in Firefox). Copying through the copy event
 * instead of a selected text area keeps the focus where it is and stays fast for a megabyte (WebKit lays out a text
 * area of 100,000 lines for seconds). Answers the paste event the field received.
 */
export async function paste(field: HTMLElement, text: string): Promise<ClipboardEvent> {
  field.focus();
  // The browser's clipboard is shared by the test files running side by side: hold it from the copy to the paste.
  await executeServerCommand('clipboard-lock');
  let copied = false;
  let received: ClipboardEvent | undefined;
  const onCopy = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', text);
    event.preventDefault();
    event.stopImmediatePropagation();
    copied = true;
  };
  const onPaste = (event: Event) => (received = event as ClipboardEvent);
  window.addEventListener('copy', onCopy, { capture: true });
  field.addEventListener('paste', onPaste, { capture: true });
  try {
    await pressWith(['Control'], 'c');
    if (!copied) throw new Error(`Ctrl+C fired no copy event (${deepActiveElement()?.localName ?? 'nothing'} has focus).`);
    await pressWith(['Control'], 'v');
  } finally {
    window.removeEventListener('copy', onCopy, { capture: true });
    field.removeEventListener('paste', onPaste, { capture: true });
    await executeServerCommand('clipboard-unlock');
  }
  if (!received) throw new Error(`Ctrl+V fired no paste event on the field (${deepActiveElement()?.localName ?? 'nothing'} has focus).`);
  return received;
}

/**
 * Sets the viewport to `width` × `height` CSS pixels. Fails when the engine cannot give that size (WebKitGTK's window
 * has a minimum width): such a test is on the list of test/support/engine.ts instead.
 */
export async function setViewport({ width, height }: { width: number; height: number }): Promise<void> {
  await executeServerCommand('viewport', { width, height });
  if (window.innerWidth !== width) {
    throw new Error(`The viewport is ${window.innerWidth} px wide, not ${width} px: the ${ENGINE} window cannot be that narrow.`);
  }
}

/** The element a click at x, y reaches, through shadow roots. */
export function deepElementFromPoint(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/** `el` and every element above it, across shadow roots (slots aside: a click reaches a slotted child's host too). */
function composedAncestors(el: Element): Element[] {
  const ancestors: Element[] = [];
  for (let node: Node | null = el; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof Element) ancestors.push(node);
  }
  return ancestors;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * A real mouse click at the middle of `target`, scrolled into view first, then the pointer moved away. The position is
 * read once it has held still for two frames: WebKit may still move the page after scrollIntoView (clamping the scroll
 * of a document that just got shorter), and a click at a stale position lands on whatever is there now. Fails, naming
 * what is there, when something else covers `target` at that point.
 */
export async function click(target: Element): Promise<void> {
  const middle = () => {
    const rect = target.getBoundingClientRect();
    return [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)] as [number, number];
  };
  const inView = ([x, y]: [number, number]) => x >= 0 && y >= 0 && x < window.innerWidth && y < window.innerHeight;
  let position = middle();
  // WebKit sometimes leaves (or puts back) the page where it was: scroll again until the target holds still in view.
  for (let attempt = 0; attempt < 5 && (attempt === 0 || !inView(position)); attempt++) {
    target.scrollIntoView({ block: 'center', inline: 'nearest' });
    position = middle();
    for (let settled = 0, tries = 0; settled < 2 && tries < 60; tries++) {
      await frame();
      const now = middle();
      settled = now[0] === position[0] && now[1] === position[1] ? settled + 1 : 0;
      position = now;
    }
  }
  const hit = deepElementFromPoint(...position);
  if (!hit || !composedAncestors(hit).includes(target)) {
    const name = hit ? `<${hit.localName}${hit.className ? `.${String(hit.className).trim().replace(/\s+/g, '.')}` : ''}>` : 'nothing';
    throw new Error(`The click at ${position.join(', ')} meant for <${target.localName}> would land on ${name}.`);
  }
  await sendMouse({ type: 'click', position });
  await sendMouse({ type: 'move', position: [0, 0] });
}
