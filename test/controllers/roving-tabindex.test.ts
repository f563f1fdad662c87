import { expect, fixture, html } from '@open-wc/testing';
import * as user from '../support/input.js';
import { LitElement } from 'lit';
import { rovingKeydown, type RovingTabindexOptions } from '../../src/controllers/roving-tabindex.js';
import { tabStop } from '../../src/core/tab-stop.js';

class RovingTestGroup extends LitElement {
  static override properties = { selected: { type: String } };
  selected = '';
  readonly disabledIds = new Set(['c']);
  readonly roving: RovingTabindexOptions<HTMLElement> = {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('[role=radio]')],
    isDisabled: (item) => item.getAttribute('aria-disabled') === 'true',
    onMove: (item) => {
      this.selected = item.id;
    },
  };

  override render() {
    const ids = ['a', 'b', 'c', 'd'];
    const stop = tabStop(ids, (id) => id === this.selected, (id) => this.disabledIds.has(id));
    return html`<button id="before">before</button>
      <div role="radiogroup" aria-label="Letters" @keydown=${(event: KeyboardEvent) => rovingKeydown(event, this.roving)}>
        ${ids.map(
          (id) =>
            html`<div
              role="radio"
              id=${id}
              aria-checked=${String(id === this.selected)}
              aria-disabled=${String(this.disabledIds.has(id))}
              tabindex=${id === stop ? '0' : '-1'}
            >
              ${id}
            </div>`,
        )}
      </div>`;
  }
}
customElements.define('roving-test-group', RovingTestGroup);

const focused = (el: RovingTestGroup) => el.shadowRoot!.activeElement?.id;

describe('rovingKeydown', () => {
  it('gives the one tab stop to the first enabled item when none is active', async () => {
    const el = await fixture<RovingTestGroup>(html`<roving-test-group></roving-test-group>`);
    const stops = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=radio]')].map((item) => item.tabIndex);
    expect(stops).to.deep.equal([0, -1, -1, -1]);
  });

  it('gives the tab stop to the active item', async () => {
    const el = await fixture<RovingTestGroup>(html`<roving-test-group selected="b"></roving-test-group>`);
    el.shadowRoot!.getElementById('before')!.focus();
    await user.press('Tab');
    expect(focused(el)).to.equal('b');
  });

  it('moves with the arrows, skips disabled items, wraps, and jumps with Home and End', async () => {
    const el = await fixture<RovingTestGroup>(html`<roving-test-group selected="a"></roving-test-group>`);
    el.shadowRoot!.getElementById('a')!.focus();
    const path: (string | undefined)[] = [];
    for (const key of ['ArrowDown', 'ArrowRight', 'ArrowDown', 'ArrowUp', 'ArrowLeft', 'End', 'Home']) {
      await user.press(key);
      await el.updateComplete;
      path.push(`${focused(el)}=${el.selected}`);
    }
    expect(path).to.deep.equal(['b=b', 'd=d', 'a=a', 'd=d', 'b=b', 'd=d', 'a=a']);
    // The tab stop went with the selection: Tab from before the group lands on the last item picked.
    el.shadowRoot!.getElementById('before')!.focus();
    await user.press('Tab');
    expect(focused(el)).to.equal('a');
    const stops = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=radio]')].map((item) => item.tabIndex);
    expect(stops).to.deep.equal([0, -1, -1, -1]);
  });

  it('ignores other keys', async () => {
    const el = await fixture<RovingTestGroup>(html`<roving-test-group selected="b"></roving-test-group>`);
    el.shadowRoot!.getElementById('b')!.focus();
    await user.press('x');
    expect(focused(el)).to.equal('b');
    expect(el.selected).to.equal('b');
  });
});
