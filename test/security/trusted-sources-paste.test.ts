// Hostile pastes into <trusted-sources-editor>, alone and in the wizard: 100,000 lines and a 1 MB line are refused with
// a clear message (over 1,000,000 characters, on their length alone, before a line is read) and a 1 MB token never
// reaches the field; the page stays usable (the next keystroke is processed). No timing assertions: the runner's
// per-test timeout is the only hang guard.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import * as user from '../support/input.js';
import '../../src/define.js';
import type { OrderWizard } from '../../src/elements/order-wizard/order-wizard.js';
import type { TrustedSourcesEditor } from '../../src/elements/trusted-sources-editor/trusted-sources-editor.js';
import { guardEachTest } from './hostile.js';

/** The largest `maxEntries` any catalog may set (catalog schema): no paste may put more rows than this on the page. */
const MOST_ROWS_ANY_CATALOG_ALLOWS = 1000;
const ONE_MB = 1024 * 1024;

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const editorRoot = (editor: TrustedSourcesEditor) => editor.shadowRoot!;
const newAddress = (editor: TrustedSourcesEditor) => editorRoot(editor).querySelector<HTMLInputElement>('#new-address')!;
const rows = (editor: TrustedSourcesEditor) => editorRoot(editor).querySelectorAll('[part~="row"]');
const errorTexts = (editor: TrustedSourcesEditor) => [...editorRoot(editor).querySelectorAll('[part~="error"]')].map(text);

/** 100,000 distinct public addresses, one per line. */
function hundredThousandLines(): string {
  const lines: string[] = [];
  for (let i = 0; i < 100_000; i += 1) lines.push(`11.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
  return lines.join('\n');
}

/** About 1 MB of comma-separated public addresses on a single line. */
function oneMegabyteList(): string {
  const items: string[] = [];
  let length = 0;
  for (let i = 0; length < ONE_MB; i += 1) {
    const item = `12.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
    items.push(item);
    length += item.length + 2;
  }
  return items.join(', ');
}

/** Pastes for real (Ctrl+V): the browser fires the paste event; when no one cancels it, the text goes into the field. */
function paste(field: HTMLInputElement, pasted: string): Promise<ClipboardEvent> {
  return user.paste(field, pasted);
}

async function settle(editor: TrustedSourcesEditor): Promise<void> {
  await editor.updateComplete;
  await editor.updateComplete;
}

/** The page still answers the keyboard: a key typed into the new-address field arrives there and is rendered. */
async function expectResponsive(editor: TrustedSourcesEditor): Promise<void> {
  const field = newAddress(editor);
  field.focus();
  field.value = '';
  await user.type('9');
  await settle(editor);
  expect(field.value, 'the keystroke after the paste was processed').to.equal('9');
}

/**
 * A pasted list never puts more rows on the page than any catalog's limit allows. Checked first with 2,000 lines, a
 * size the page survives either way: an editor without a paste limit fails here, in a second, instead of freezing the
 * browser for minutes on the 100,000 lines that follow (which would also take the rest of this file down with it).
 */
async function expectPasteLimit(editor: TrustedSourcesEditor): Promise<void> {
  const lines = Array.from({ length: 2 * MOST_ROWS_ANY_CATALOG_ALLOWS }, (_, i) => `13.0.${i >> 8}.${i & 255}`);
  await paste(newAddress(editor), lines.join('\n'));
  await settle(editor);
  const shown = rows(editor).length;
  if (shown > MOST_ROWS_ANY_CATALOG_ALLOWS) {
    throw new Error(
      `A 2,000-line paste put ${shown} rows on the page (no paste limit); the 100,000-line paste was not attempted, it would freeze the page.`,
    );
  }
}

/** The refusal of a text over 1,000,000 characters: its length and the limit, and that nothing was added. */
function expectRefusalNamingTheLimit(editor: TrustedSourcesEditor, pasted: string): void {
  expect(errorTexts(editor)).to.include(
    `Error: The text has ${pasted.length.toLocaleString('en')} characters, more than 1,000,000: nothing was added. Split it into shorter parts.`,
  );
}

guardEachTest();

describe('hostile pastes into <trusted-sources-editor>', () => {
  it('100,000 pasted lines: a clear refusal naming the limit, at most as many rows as any catalog allows, still responsive', async () => {
    await expectPasteLimit(await fixture<TrustedSourcesEditor>(html`<trusted-sources-editor required></trusted-sources-editor>`));
    const editor = await fixture<TrustedSourcesEditor>(html`<trusted-sources-editor required></trusted-sources-editor>`);
    const pasted = hundredThousandLines();
    await paste(newAddress(editor), pasted);
    await settle(editor);
    expectRefusalNamingTheLimit(editor, pasted);
    expect(rows(editor).length).to.equal(0);
    expect(editor.checkValidity(), 'a list over the limit is never valid').to.equal(false);
    await expectResponsive(editor);
  });

  it('a 1 MB single line of addresses: a clear refusal naming the limit, still responsive', async () => {
    await expectPasteLimit(await fixture<TrustedSourcesEditor>(html`<trusted-sources-editor required></trusted-sources-editor>`));
    const editor = await fixture<TrustedSourcesEditor>(html`<trusted-sources-editor required></trusted-sources-editor>`);
    const pasted = oneMegabyteList();
    await paste(newAddress(editor), pasted);
    await settle(editor);
    expectRefusalNamingTheLimit(editor, pasted);
    expect(rows(editor).length).to.equal(0);
    expect(editor.checkValidity()).to.equal(false);
    await expectResponsive(editor);
  });

  it('a 1 MB single token: refused at the paste, never in the field, nothing added, still responsive', async () => {
    const editor = await fixture<TrustedSourcesEditor>(html`<trusted-sources-editor required></trusted-sources-editor>`);
    const token = '1'.repeat(ONE_MB);
    await paste(newAddress(editor), token);
    await settle(editor);
    expect(newAddress(editor).value).to.equal('');
    // Over 1,000,000 characters, it is refused on its length alone (a shorter one as too long for an address).
    expectRefusalNamingTheLimit(editor, token);
    expect(editor.value).to.deep.equal([]);
    expect(editor.checkValidity()).to.equal(false);
    await expectResponsive(editor);
  });

  it('in the wizard: a 1 MB token and 100,000 pasted lines are refused, and the wizard still answers the keyboard', async () => {
    const draft = { serviceId: 'postgresql', version: '17', sizeId: 'gp-m', storageGb: 100, trustedSources: ['123.123.123.123/32'] };
    const el = await fixture<OrderWizard>(html`<order-wizard lang="en" .draft=${draft}></order-wizard>`);
    await el.updateComplete;
    el.shadowRoot!.querySelectorAll<HTMLLIElement>('nav li')[3]?.querySelector('button')?.click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('trusted-sources-editor'), 'the trusted-sources step');
    const editor = el.shadowRoot!.querySelector<TrustedSourcesEditor>('trusted-sources-editor')!;
    await settle(editor);

    // A 1 MB token never reaches the field (nor the draft saved as the customer goes): refused at the paste.
    const token = '2'.repeat(ONE_MB);
    await paste(newAddress(editor), token);
    await settle(editor);
    await el.updateComplete;
    expect(newAddress(editor).value).to.equal('');
    expectRefusalNamingTheLimit(editor, token);
    await expectResponsive(editor);

    await expectPasteLimit(editor);
    const pasted = hundredThousandLines();
    await paste(newAddress(editor), pasted);
    await settle(editor);
    await el.updateComplete;
    expectRefusalNamingTheLimit(editor, pasted);
    expect(rows(editor).length).to.be.at.most(MOST_ROWS_ANY_CATALOG_ALLOWS);
    await expectResponsive(editor);

    // Next stays refused while the list is wrong: the customer is told, nothing is sent.
    el.shadowRoot!.querySelector<HTMLButtonElement>('.next')!.click();
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('#step-heading'))).to.equal('Enable access');
  });
});
