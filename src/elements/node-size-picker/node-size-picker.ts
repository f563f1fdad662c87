import { LitElement, html } from 'lit';

/**
 * @summary Picks a node type and size (vCPU, RAM, monthly price).
 *
 * Not built yet: this version renders only a notice saying so. The element lands in a following release.
 */
export class NodeSizePicker extends LitElement {
  override render() {
    return html`<p part="base">&lt;node-size-picker&gt; is not available in this version yet.</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'node-size-picker': NodeSizePicker;
  }
}
