import { LitElement, html } from 'lit';

/**
 * @summary Edits the IP addresses and CIDR ranges allowed to reach a service's public endpoint.
 *
 * Not built yet: this version renders only a notice saying so. The element lands in a following release.
 */
export class TrustedSourcesEditor extends LitElement {
  override render() {
    return html`<p part="base">&lt;trusted-sources-editor&gt; is not available in this version yet.</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trusted-sources-editor': TrustedSourcesEditor;
  }
}
