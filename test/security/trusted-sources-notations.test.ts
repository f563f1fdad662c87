// Every notation that fooled IP libraries before (the foundation issue) stays rejected in <trusted-sources-editor>'s UI,
// typed key by key or pasted as a list: an invalid row with its reason, nothing valid stored, the editor invalid.
import { expect, fixture, html } from '@open-wc/testing';
import * as user from '../support/input.js';
import '../../src/define.js';
import type { TrustedSourcesEditor } from '../../src/elements/trusted-sources-editor/trusted-sources-editor.js';

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const newAddress = (editor: TrustedSourcesEditor) => editor.shadowRoot!.querySelector<HTMLInputElement>('#new-address')!;
const rows = (editor: TrustedSourcesEditor) => editor.shadowRoot!.querySelectorAll('[part~="row"]');

async function settle(editor: TrustedSourcesEditor): Promise<void> {
  await editor.updateComplete;
  await editor.updateComplete;
}

describe('notations that fooled IP libraries stay rejected in the editor', () => {
  const NOTATIONS: [string, string][] = [
    ['010.0.0.1', 'Remove the leading zero from “010”'],
    ['1.2.3.04/32', 'Remove the leading zero from “04”'],
    ['127.1', 'Write all four parts of the IPv4 address'],
    ['0x7f.0.0.1', 'Write the IPv4 address in decimal'],
    ['2130706433', 'Write the IPv4 address as four numbers separated by dots'],
    ['10.0.0.0/08', 'Write the prefix length “08” without leading zeros'],
    ['fe80::1%eth0/64', 'Remove the zone ID'],
    ['::ffff:10.0.0.0/104', 'Enter the IPv4 address itself (10.0.0.0/8)'],
    ['2001:db8:::1/64', 'cannot contain three colons in a row'],
    ['999.1.1.1/8', '“999” is too large'],
    ['1.2.3.4/33', 'The prefix length /33 is too long'],
    ['2001:db8::/129', 'The prefix length /129 is too long'],
  ];

  for (const [notation, reason] of NOTATIONS) {
    it(`${notation} typed and added: the row is invalid with its reason, nothing valid is stored`, async () => {
      const editor = await fixture<TrustedSourcesEditor>(html`<trusted-sources-editor name="sources" required></trusted-sources-editor>`);
      newAddress(editor).focus();
      await user.type(notation);
      await user.press('Enter');
      await settle(editor);
      const row = rows(editor)[0];
      expect(row?.querySelector('input.address')?.getAttribute('aria-invalid')).to.equal('true');
      expect(text(row?.querySelector('[part~="error"]'))).to.include(reason);
      expect(editor.value).to.deep.equal([]);
      expect(editor.checkValidity()).to.equal(false);
    });
  }

  it('all of them pasted as a list: every line is kept as an invalid row with "Line n:" and its reason', async () => {
    const editor = await fixture<TrustedSourcesEditor>(html`<trusted-sources-editor required></trusted-sources-editor>`);
    await user.paste(newAddress(editor), NOTATIONS.map(([notation]) => notation).join('\n'));
    await settle(editor);
    const shown = [...rows(editor)].map((row) => text(row.querySelector('[part~="error"]')));
    expect(shown).to.have.length(NOTATIONS.length);
    NOTATIONS.forEach(([, reason], index) => expect(shown[index]).to.include(`Line ${index + 1}: `).and.to.include(reason));
    expect(editor.value).to.deep.equal([]);
  });
});
