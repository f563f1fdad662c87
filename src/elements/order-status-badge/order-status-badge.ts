import { LitElement, html } from 'lit';

/**
 * @summary Shows an order's provisioning status, optionally tracked live.
 *
 * Not built yet: this version renders only a notice saying so. The element lands in a following release.
 */
export class OrderStatusBadge extends LitElement {
  override render() {
    return html`<p part="base">&lt;order-status-badge&gt; is not available in this version yet.</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'order-status-badge': OrderStatusBadge;
  }
}
