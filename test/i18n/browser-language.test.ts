// The opt-in to the browser's languages (`setFollowBrowserLanguage`): used only when the page names no language, the
// first of `navigator.languages` the elements speak wins, and a change of the browser's languages is followed.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { setFollowBrowserLanguage } from '../../src/index.js';

const textOf = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Pretends the browser's languages are `tags` (an own property shadows Navigator.prototype's getter). */
function browserLanguages(tags: string[], announce = false): void {
  Object.defineProperty(navigator, 'languages', { configurable: true, get: () => Object.freeze([...tags]) });
  Object.defineProperty(navigator, 'language', { configurable: true, get: () => tags[0] ?? '' });
  if (announce) window.dispatchEvent(new Event('languagechange'));
}

describe('setFollowBrowserLanguage', () => {
  const pageLang = document.documentElement.getAttribute('lang');
  beforeEach(() => document.documentElement.removeAttribute('lang'));
  afterEach(() => {
    setFollowBrowserLanguage(false);
    delete (navigator as { languages?: unknown }).languages;
    delete (navigator as { language?: unknown }).language;
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
  });

  const badge = () => fixture<HTMLElementTagNameMap['order-status-badge']>(html`<order-status-badge status="ready" order-id="7"></order-status-badge>`);

  it('is off by default: a page that names no language speaks English whatever the browser prefers', async () => {
    browserLanguages(['pl-PL', 'pl']);
    expect(textOf(await badge())).to.equal('Ready Order 7');
  });

  it('once on, speaks the first of the browser’s languages the elements know, skipping the others', async () => {
    browserLanguages(['it-IT', 'pl-PL', 'de']);
    setFollowBrowserLanguage(true);
    const el = await badge();
    expect(textOf(el)).to.equal('Gotowe Zamówienie 7');
  });

  it('takes English when the browser prefers it to a language the elements also know', async () => {
    browserLanguages(['en-GB', 'de']);
    setFollowBrowserLanguage(true);
    expect(textOf(await badge())).to.equal('Ready Order 7');
  });

  it('yields to any lang on the page: the document’s, an ancestor’s, the element’s', async () => {
    browserLanguages(['pl']);
    setFollowBrowserLanguage(true);
    document.documentElement.lang = 'nl';
    expect(textOf(await badge())).to.equal('Gereed Bestelling 7');
    const own = await fixture(html`<div lang="fr"><order-status-badge status="ready" order-id="7"></order-status-badge></div>`);
    const inner = own.querySelector('order-status-badge')!;
    await inner.updateComplete;
    expect(textOf(inner)).to.equal('Prête Commande 7');
  });

  it('follows at once when turned on or off, and when the browser’s languages change', async () => {
    browserLanguages(['fr-CA']);
    const el = await badge();
    expect(textOf(el)).to.equal('Ready Order 7');

    setFollowBrowserLanguage(true);
    await el.updateComplete;
    expect(textOf(el)).to.equal('Prête Commande 7');

    browserLanguages(['nl-BE'], true);
    await el.updateComplete;
    expect(textOf(el)).to.equal('Gereed Bestelling 7');

    setFollowBrowserLanguage(false);
    await el.updateComplete;
    expect(textOf(el)).to.equal('Ready Order 7');
  });
});
