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
 * Pastes `text` into `field` as a user does: copies it with Ctrl+C from a text area of the page, then focuses the field
 * and presses Ctrl+V, so that the browser itself fires the paste event with its clipboard data (a synthetic
 * ClipboardEvent carries no data in Firefox). Answers the paste event the field received.
 */
export async function paste(field: HTMLElement, text: string): Promise<ClipboardEvent> {
  const selection =
    field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? ([field.selectionStart, field.selectionEnd] as const) : undefined;
  // The browser's clipboard is shared by the test files running side by side: hold it from the copy to the paste.
  await executeServerCommand('clipboard-lock');
  let received: ClipboardEvent | undefined;
  try {
    const source = document.createElement('textarea');
    source.setAttribute('aria-hidden', 'true');
    source.style.cssText = 'position: fixed; top: 0; left: 0; width: 1px; height: 1px; opacity: 0;';
    source.value = text;
    document.body.append(source);
    try {
      source.focus();
      source.select();
      await pressWith(['Control'], 'c');
    } finally {
      source.remove();
    }
    field.focus();
    if (selection && deepActiveElement() === field) {
      (field as HTMLInputElement).setSelectionRange(selection[0], selection[1]);
    }
    const listener = (event: Event) => (received = event as ClipboardEvent);
    field.addEventListener('paste', listener, { capture: true });
    try {
      await pressWith(['Control'], 'v');
    } finally {
      field.removeEventListener('paste', listener, { capture: true });
    }
  } finally {
    await executeServerCommand('clipboard-unlock');
  }
  if (!received) throw new Error(`Ctrl+V fired no paste event on the focused field (${deepActiveElement()?.localName ?? 'nothing'} has focus).`);
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
