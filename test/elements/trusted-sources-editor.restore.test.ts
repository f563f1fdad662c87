// Back and forward: a page that is loaded again from history (here, in a frame: a frame going back loads its page
// again) gets its form controls' state back from the browser. The editor gives back every row as typed, invalid ones
// and their labels included, the text not added yet and the whole-internet confirmation.
import { expect, waitUntil } from '@open-wc/testing';
import * as user from '../support/input.js';
import type { TrustedSourcesEditor } from '../../src/elements/trusted-sources-editor/trusted-sources-editor.js';

const PAGE = new URL('./pages/editor-form.html', import.meta.url).href;
const ELSEWHERE = new URL('./pages/elsewhere.html', import.meta.url).href;

function loaded(frame: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
}

/** The frame's editor once it is defined and rendered. */
async function editorIn(frame: HTMLIFrameElement): Promise<TrustedSourcesEditor> {
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('trusted-sources-editor');
  const editor = frame.contentDocument!.querySelector('trusted-sources-editor') as TrustedSourcesEditor;
  await editor.updateComplete;
  return editor;
}

const field = (editor: TrustedSourcesEditor, selector: string) => editor.shadowRoot!.querySelector<HTMLInputElement>(selector)!;

describe('<trusted-sources-editor> after going away and back', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('has every row as typed, its labels, the text not added yet and the confirmation again', async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 900px; height: 700px';
    const first = loaded(frame);
    frame.src = PAGE;
    document.body.append(frame);
    await first;
    const editor = await editorIn(frame);
    expect(editor.entries).to.deep.equal([{ address: '8.8.8.8/32' }]);
    // Typed by the customer: an invalid row (kept as typed), a label, the whole internet confirmed, text not added.
    editor.entries = [{ address: '8.8.8.8/32', label: 'Resolver' }, { address: '10.0.0.1/33' }, { address: '0.0.0.0/0' }];
    await editor.updateComplete;
    field(editor, '#confirm').focus();
    await user.press('Space');
    const newAddress = field(editor, '#new-address');
    newAddress.focus();
    await user.type('192.0.2.');
    await editor.updateComplete;
    const typed = editor.entries;
    expect(typed).to.deep.equal([{ address: '8.8.8.8/32', label: 'Resolver' }, { address: '10.0.0.1/33' }, { address: '0.0.0.0/0' }]);
    expect(editor.newAddress).to.equal('192.0.2.');
    expect(editor.wholeInternetConfirmed).to.equal(true);

    const away = loaded(frame);
    frame.contentWindow!.location.href = ELSEWHERE;
    await away;
    const back = loaded(frame);
    frame.contentWindow!.history.back();
    await back;
    const again = await editorIn(frame);
    expect(again).not.to.equal(editor);
    await waitUntil(() => again.entries.length === 3, 'the rows did not come back');
    await again.updateComplete;
    expect(again.entries).to.deep.equal(typed);
    expect(again.newAddress).to.equal('192.0.2.');
    expect(field(again, '#new-address').value).to.equal('192.0.2.');
    expect(again.wholeInternetConfirmed).to.equal(true);
    expect(field(again, '#confirm').checked).to.equal(true);
  });
});
