import { LitElement, html } from 'lit';

/**
 * @summary The whole ordering flow: service, node size, storage, trusted sources, region, billing, summary and status.
 *
 * Not built yet: this version renders only a notice saying so. The element lands in a following release.
 */
export class OrderWizard extends LitElement {
  override render() {
    return html`<p part="base">&lt;order-wizard&gt; is not available in this version yet.</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'order-wizard': OrderWizard;
  }
}
