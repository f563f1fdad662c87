// The floor of the first-step case (scripts/bench/first-step.mjs): a bare LitElement that renders the same kind of first
// step as <order-wizard> (a heading, five radios with labels and descriptions, a button), nothing else: no catalog, no
// validation, no translations, no other elements. Bundled as the CDN file is (one minified module, lit's production
// build), it is what a page cannot get faster than with Lit.
import { LitElement, css, html } from 'lit';

const SERVICES = [
  ['keycloak', 'Keycloak', 'Single sign-on and identity brokering for your applications.'],
  ['mariadb', 'MariaDB', 'Managed MariaDB with daily backups and point-in-time recovery.'],
  ['postgresql', 'PostgreSQL', 'Managed PostgreSQL with streaming replicas and backups.'],
  ['mysql', 'MySQL', 'Managed MySQL with automatic failover.'],
  ['harbor', 'Harbor', 'A private container registry with vulnerability scanning.'],
];

class FirstStepFloor extends LitElement {
  static override properties = { picked: { type: String } };
  static override styles = css`
    :host { display: block; max-width: 64rem; font-family: system-ui, sans-serif; }
    .base, .radios { display: grid; gap: 0.5rem; }
    h2 { margin: 0; font-size: 1.5rem; }
    .radio { display: flex; gap: 0.5rem; padding: 0.5rem 0.75rem; border: 1px solid #8a93a3; border-radius: 0.375rem; cursor: pointer; }
    .radio[aria-checked='true'] { border: 2px solid #0b57d0; background: #f3f5f8; }
    .mark { flex: none; width: 1.1em; height: 1.1em; border: 2px solid #8a93a3; border-radius: 50%; }
    .text { display: grid; }
    .name { font-weight: 600; }
    .description { color: #4f5868; }
    button { justify-self: start; font: inherit; font-weight: 600; padding: 0.5rem 1rem; border-radius: 0.375rem; border: 2px solid #0b57d0; }
  `;

  declare picked: string;

  constructor() {
    super();
    this.picked = '';
  }

  override render() {
    return html`<section class="base" aria-labelledby="step-heading">
      <h2 id="step-heading" tabindex="-1">Choose a service</h2>
      <div class="radios" role="radiogroup" aria-labelledby="step-heading">
        ${SERVICES.map(([value, name, description]) => html`<div class="radio" role="radio" tabindex=${this.picked === value ? 0 : -1}
          aria-checked=${this.picked === value ? 'true' : 'false'} aria-labelledby=${`${value}-name`} aria-describedby=${`${value}-description`}
          @click=${() => (this.picked = value!)}>
          <span class="mark" aria-hidden="true"></span>
          <span class="text"><span class="name" id=${`${value}-name`}>${name}</span><span class="description" id=${`${value}-description`}>${description}</span></span>
        </div>`)}
      </div>
      <button type="button">Next</button>
    </section>`;
  }
}

customElements.define('first-step-floor', FirstStepFloor);
