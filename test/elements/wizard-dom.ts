// What the wizard's element tests read and press: its shadow root, the focused element through shadow roots, real keys.
import * as user from '../support/input.js';
import { expect } from '@open-wc/testing';
import type { OrderWizard } from '../../src/elements/order-wizard/order-wizard.js';
import { PROFILE } from './wizard-presets.js';
import { shownText } from '../support/shown-text.js';

export const root = (el: OrderWizard) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: OrderWizard, selector: string) => root(el).querySelector<T>(selector);
export const byId = <T extends HTMLElement = HTMLElement>(el: OrderWizard, id: string) => root(el).getElementById(id) as T | null;
/** An element's text as it shows. */
export const text = shownText;
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

/** What `tabTo` looks for: an element by id, by class, or a radio inside a group. */
export const isId = (id: string) => (active: Element) => active.id === id;
export const isClass = (name: string) => (active: Element) => active.classList.contains(name);
export const isRadioIn = (group: string) => (active: Element) => active.getAttribute('role') === 'radio' && !!active.closest(group);

/** Types into the focused field with real keys, then the wizard's update. */
export async function typeText(el: OrderWizard, value: string): Promise<void> {
  await user.type(value);
  await el.updateComplete;
}

/** Empties the focused field with the keyboard (Ctrl+A, Backspace). */
export async function clearField(el: OrderWizard): Promise<void> {
  await user.selectAll();
  await press(el, 'Backspace');
}

/** On the invoice profile step, by keyboard: "New invoice profile", then PROFILE typed field by field (the country by name). */
export async function fillNewProfileByKeyboard(el: OrderWizard): Promise<void> {
  await tabTo(el, isRadioIn('.group-billing'), 'the billing group');
  await press(el, 'Space');
  for (const [field, value] of Object.entries(PROFILE)) {
    if (field === 'vatId' || field === 'country') continue;
    await tabTo(el, isId(`billingProfile.new.${field}`), field);
    await typeText(el, value);
  }
  await tabTo(el, isId('billingProfile.new.country'), 'country');
  await typeText(el, 'Germany');
  expect(el.draft.billing.newProfile.country).to.equal('DE');
}
