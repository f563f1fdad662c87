// What the wizard's element tests read and press: its shadow root, the focused element through shadow roots, real keys.
import * as user from '../support/input.js';
import type { OrderWizard } from '../../src/elements/order-wizard/order-wizard.js';

export const root = (el: OrderWizard) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: OrderWizard, selector: string) => root(el).querySelector<T>(selector);
export const byId = <T extends HTMLElement = HTMLElement>(el: OrderWizard, id: string) => root(el).getElementById(id) as T | null;
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const heading = (el: OrderWizard) => text($(el, '#step-heading'));

/** The focused element, through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A real key press, then the wizard's update. */
export async function press(el: OrderWizard, key: string): Promise<void> {
  await user.press(key);
  await el.updateComplete;
}

/** Presses Tab until the focused element matches (a real keyboard user tabbing through the page). */
export async function tabTo(el: OrderWizard, matches: (active: Element) => boolean, what: string): Promise<Element> {
  for (let i = 0; i < 60; i += 1) {
    await press(el, 'Tab');
    const active = deepActive();
    if (active && matches(active)) return active;
  }
  throw new Error(`Tab never reached ${what}`);
}
