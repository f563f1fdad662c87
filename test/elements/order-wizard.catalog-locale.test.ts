import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { builtInCatalogInput } from '../../src/catalogs/built-in-catalog.js';
import type { OrderWizard } from '../../src/elements/order-wizard/order-wizard.js';
import type { CatalogInput } from '../../src/schema/catalog.js';
import { completePreset } from './wizard-presets.js';

// A catalog with texts in English (its default), German and, for the terms only, Austrian German: the wizard shows
// each text in its `lang` as written, falling back from the exact tag to the language to the default.
const CATALOG: CatalogInput = structuredClone(builtInCatalogInput);
CATALOG.documents![0] = {
  ...CATALOG.documents![0]!,
  title: { en: 'General Terms and Conditions', de: 'Allgemeine Geschäftsbedingungen', 'de-AT': 'AGB für Österreich' },
  url: {
    en: 'https://example.com/legal/terms-v3.pdf',
    de: 'https://example.com/legal/de/agb-v3.pdf',
    'de-AT': 'https://example.com/legal/at/agb-v3.pdf',
  },
};

/** A complete draft but for the documents: the wizard opens on the summary. */
const PRESET = completePreset('postgresql', '16');

interface Shown {
  region: string;
  nodeType: string;
  terms: string;
  termsLink: string;
  registry: string;
  postgresql: string;
}

const ENGLISH: Shown = {
  region: 'Germany West (Cologne)',
  nodeType: 'General purpose',
  terms: 'General Terms and Conditions',
  termsLink: 'https://example.com/legal/terms-v3.pdf',
  registry: 'Harbor Private Registry',
  postgresql: 'Managed PostgreSQL database with daily backups and point-in-time recovery.',
};
const GERMAN: Shown = {
  region: 'Deutschland West (Köln)',
  nodeType: 'Allzweck',
  terms: 'Allgemeine Geschäftsbedingungen',
  termsLink: 'https://example.com/legal/de/agb-v3.pdf',
  registry: 'Private Harbor-Registry',
  postgresql: 'Verwaltete PostgreSQL-Datenbank mit täglichen Backups und Wiederherstellung auf einen beliebigen Zeitpunkt.',
};
const AUSTRIAN: Shown = { ...GERMAN, terms: 'AGB für Österreich', termsLink: 'https://example.com/legal/at/agb-v3.pdf' };

const root = (el: OrderWizard) => el.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const texts = (parent: ParentNode, selector: string) => [...parent.querySelectorAll(selector)].map(text);

/** Shows a step by its position in the step list (the buttons' names are in the wizard's language). */
async function show(el: OrderWizard, index: number): Promise<void> {
  // The step shown is no button.
  root(el).querySelectorAll('nav li')[index]!.querySelector('button')?.click();
  await el.updateComplete;
}

/** What the summary shows of the catalog. */
function summary(el: OrderWizard) {
  const rows = texts(root(el), '.summary-row dd:not(.change)').join(' | ');
  const terms = root(el).querySelector<HTMLAnchorElement>('.documents a')!;
  const checkbox = text(root(el).querySelector('.documents label'));
  // The link's own words, without its visually hidden "(opens in a new tab)".
  const title = [...terms.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim();
  return { rows, terms: title, termsLink: terms.href, checkbox };
}

/** Every step's catalog texts, then back to the summary: what a customer walking through would read. */
async function walk(el: OrderWizard): Promise<Shown> {
  const atSummary = summary(el);
  await show(el, 0);
  const serviceNames = texts(root(el), '.group-service [role=radio] .name');
  const descriptions = texts(root(el), '.group-service [role=radio] .description');
  await show(el, 1);
  const picker = root(el).querySelector('node-size-picker')!;
  await picker.updateComplete;
  const nodeTypes = texts(picker.shadowRoot!, '.types [role=radio] .name');
  await show(el, 4);
  const regions = texts(root(el), '.group-region [role=radio] .name');
  await show(el, root(el).querySelectorAll('nav li').length - 1);
  const again = summary(el);
  expect(again, 'the summary after the walk').to.deep.equal(atSummary);
  expect(atSummary.rows, 'the summary names region and node type').to.contain(regions[0]!).and.to.contain(nodeTypes[0]!);
  expect(atSummary.checkbox, 'the checkbox names the document').to.contain(atSummary.terms);
  return {
    region: regions[0]!,
    nodeType: nodeTypes[0]!,
    terms: atSummary.terms,
    termsLink: atSummary.termsLink,
    registry: serviceNames[4]!,
    postgresql: descriptions[2]!,
  };
}

afterEach(() => sessionStorage.clear());
beforeEach(() => sessionStorage.clear());

describe('<order-wizard> with a catalog in several languages', () => {
  const rows: [string, string, Shown][] = [
    ['en', 'English', ENGLISH],
    ['de', 'German', GERMAN],
    ['de-AT', 'Austrian German where the catalog has it, else German', AUSTRIAN],
    ['de-at', 'Austrian German (a lang in lower case is the same tag)', AUSTRIAN],
    ['de-CH', 'German (no Swiss texts: the language)', GERMAN],
    ['it', 'English (no Italian texts: the default locale)', ENGLISH],
  ];
  for (const [lang, what, expected] of rows) {
    it(`lang="${lang}": every step and the summary show ${what}`, async () => {
      const el = await fixture<OrderWizard>(html`<order-wizard lang=${lang} .catalog=${CATALOG} .draft=${PRESET}></order-wizard>`);
      await el.updateComplete;
      expect(await walk(el)).to.deep.equal(expected);
    });
  }

  it('follows its own lang at run time, at once: en, de, de-AT, it', async () => {
    const el = await fixture<OrderWizard>(html`<order-wizard lang="en" .catalog=${CATALOG} .draft=${PRESET}></order-wizard>`);
    await el.updateComplete;
    for (const [lang, expected] of [['de', GERMAN], ['de-AT', AUSTRIAN], ['it', ENGLISH], ['en', ENGLISH]] as const) {
      el.lang = lang;
      await el.updateComplete;
      const { terms, termsLink } = summary(el);
      expect([lang, terms, termsLink]).to.deep.equal([lang, expected.terms, expected.termsLink]);
      expect(summary(el).rows).to.contain(expected.region);
    }
  });

  it("follows an ancestor's lang at run time, also from de to de-AT (same messages, other catalog texts)", async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"><order-wizard .catalog=${CATALOG} .draft=${PRESET}></order-wizard></div>`);
    const el = wrapper.querySelector('order-wizard')!;
    await el.updateComplete;
    expect(summary(el).termsLink).to.equal(GERMAN.termsLink);
    wrapper.lang = 'de-AT';
    await waitUntil(() => summary(el).termsLink === AUSTRIAN.termsLink, 'the Austrian terms after lang="de-AT"');
    expect(summary(el).terms).to.equal(AUSTRIAN.terms);
    wrapper.lang = 'en';
    await waitUntil(() => summary(el).termsLink === ENGLISH.termsLink, 'the English terms after lang="en"');
    expect(summary(el).rows).to.contain(ENGLISH.region);
  });

  it('names catalog texts in its language in error messages too', async () => {
    const el = await fixture<OrderWizard>(html`<order-wizard lang="de" .catalog=${CATALOG} .draft=${PRESET}></order-wizard>`);
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('.place-order')!.click();
    await el.updateComplete;
    const inline = () => text(root(el).getElementById('acceptedDocuments.terms-error'));
    expect(texts(root(el), '.error-summary a')[0]).to.equal('Akzeptieren Sie „Allgemeine Geschäftsbedingungen“ (Version 3).');
    expect(inline()).to.contain('Akzeptieren Sie „Allgemeine Geschäftsbedingungen“ (Version 3).');
    el.lang = 'de-AT';
    await el.updateComplete;
    expect(inline()).to.contain('Akzeptieren Sie „AGB für Österreich“ (Version 3).');
  });
});
