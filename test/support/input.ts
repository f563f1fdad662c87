// Real keys, real paste and viewport sizes that work in every engine the tests run in (Chromium, Firefox, WebKit). The
// commands are test/support/engine-commands.mjs: one key per WebDriver action where WebKitWebDriver needs it,
// modifiers held through each launcher's own path.
import { executeServerCommand } from '@web/test-runner-commands';
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
