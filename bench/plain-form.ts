// The baseline of the wizard cases: a plain LitElement rendering a comparable static form (step list, heading,
// service radios grouped by kind with descriptions, actions, price panel), with a second static step (node types and
// sizes) behind Next. No catalog, no validation, no pricing, no persistence, no context, no controllers.
import { LitElement, css, html } from 'lit';

const STEPS = ['Service', 'Node size', 'Storage', 'Trusted sources', 'Region', 'Billing', 'Summary'];
const SERVICES = [
  { kind: 'Identity and access', items: [['keycloak', 'Keycloak', 'Single sign-on and identity brokering for your applications.']] },
  {
    kind: 'Databases',
    items: [
      ['mariadb', 'MariaDB', 'Managed MariaDB with daily backups and point-in-time recovery.'],
      ['postgresql', 'PostgreSQL', 'Managed PostgreSQL with streaming replicas and backups.'],
      ['mysql', 'MySQL', 'Managed MySQL with automatic failover.'],
    ],
  },
  { kind: 'Container registry', items: [['harbor', 'Harbor', 'A private container registry with vulnerability scanning.']] },
];
const SIZES = [
  ['S', '2 vCPU · 4 GiB', '79.00 €'], ['M', '4 vCPU · 8 GiB', '149.00 €'], ['L', '8 vCPU · 16 GiB', '289.00 €'],
  ['XL', '16 vCPU · 32 GiB', '569.00 €'],
];

export class BenchPlainForm extends LitElement {
  static override properties = { step: { type: Number }, picked: { type: String } };
  static override styles = css`
    :host { display: block; max-width: 64rem; font-family: system-ui, sans-serif; }
    .base { display: grid; gap: 1.5rem; }
    ol { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0; padding: 0; list-style: none; }
    .step { display: inline-flex; gap: 0.25rem; padding: 0.25rem 0.5rem; border: 1px solid #8a93a3; border-radius: 0.375rem; }
    .current { border: 2px solid #0b57d0; font-weight: 700; }
    .layout { display: grid; gap: 1.5rem; grid-template-columns: minmax(0, 2fr) minmax(14rem, 1fr); align-items: start; }
    .panel, .radios, .section { display: grid; gap: 0.5rem; }
    h2 { margin: 0; font-size: 1.5rem; }
    .radio { display: flex; gap: 0.5rem; padding: 0.5rem 0.75rem; border: 1px solid #8a93a3; border-radius: 0.375rem; cursor: pointer; }
    .radio[aria-checked='true'] { border: 2px solid #0b57d0; background: #f3f5f8; }
    .mark { flex: none; width: 1.1em; height: 1.1em; border: 2px solid #8a93a3; border-radius: 50%; }
    .text { display: grid; }
    .name, .label, .heading { font-weight: 600; }
    .description { color: #4f5868; }
    .actions { display: flex; gap: 0.5rem; }
    button { font: inherit; font-weight: 600; padding: 0.5rem 1rem; border-radius: 0.375rem; border: 2px solid #0b57d0; }
    .price { background: #f3f5f8; border-radius: 0.375rem; padding: 1rem; display: grid; gap: 0.5rem; }
    .row { display: flex; justify-content: space-between; }
    dl, dd { margin: 0; }
  `;

  // Declared, set in the constructor: a class field would shadow Lit's accessors whatever the compiler's settings.
  declare step: number;
  declare picked: string;

  constructor() {
    super();
    this.step = 0;
    this.picked = '';
  }

  #radio(value: string, name: string, description: string, id: string) {
    return html`<div class="radio" role="radio" tabindex=${this.picked === value ? 0 : -1} aria-checked=${this.picked === value ? 'true' : 'false'}
      aria-labelledby=${`${id}-name`} aria-describedby=${`${id}-description`} data-value=${value} @click=${() => (this.picked = value)}>
      <span class="mark" aria-hidden="true"></span>
      <span class="text"><span class="name" id=${`${id}-name`}>${name}</span><span class="description" id=${`${id}-description`}>${description}</span></span>
    </div>`;
  }

  #content() {
    if (this.step === 0) {
      return html`<div class="label" id="service-label">Service</div>
        <div class="radios" role="radiogroup" aria-labelledby="service-label">
          ${SERVICES.map((group, g) => html`<div class="section" role="group" aria-labelledby=${`section-${g}`}>
            <div class="heading" id=${`section-${g}`}>${group.kind}</div>
            ${group.items.map(([value, name, description], i) => this.#radio(value!, name!, description!, `s-${g}-${i}`))}
          </div>`)}
        </div>`;
    }
    return html`<div class="label" id="type-label">Node type</div>
      <div class="radios" role="radiogroup" aria-labelledby="type-label">
        ${this.#radio('general-purpose', 'General purpose', 'Balanced vCPU and memory for most workloads.', 't-0')}
        ${this.#radio('memory-optimised', 'Memory optimised', '8 GiB of memory per vCPU for large caches and data sets.', 't-1')}
      </div>
      <div class="label" id="size-label">Node size</div>
      <div class="radios" role="radiogroup" aria-labelledby="size-label">
        ${SIZES.map(([name, spec, price], i) => this.#radio(`size-${i}`, `${name} · ${price}`, spec!, `z-${i}`))}
      </div>`;
  }

  #next = async () => {
    this.step++;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  };

  override render() {
    return html`<div class="base">
      <nav aria-label="Steps"><ol>
        ${STEPS.map((name, i) => html`<li class="step ${i === this.step ? 'current' : ''}" aria-current=${i === this.step ? 'step' : 'false'}>
          <span aria-hidden="true">${i + 1}</span> ${name}</li>`)}
      </ol></nav>
      <div class="layout">
        <section class="panel" aria-labelledby="step-heading">
          <p>Step ${this.step + 1} of ${STEPS.length}</p>
          <h2 id="step-heading" tabindex="-1">${this.step === 0 ? 'Choose a service' : 'Choose the node size'}</h2>
          ${this.#content()}
          <div class="actions">
            ${this.step > 0 ? html`<button type="button" class="back" @click=${() => this.step--}>Back</button>` : ''}
            <button type="button" class="next" @click=${this.#next}>Next</button>
          </div>
        </section>
        <aside class="price" aria-labelledby="price-heading">
          <h2 id="price-heading">Monthly price</h2>
          <dl>
            <div class="row"><dt>Base fee</dt><dd>29.00 €</dd></div>
            <div class="row"><dt>Node</dt><dd>149.00 €</dd></div>
            <div class="row"><dt>Total</dt><dd>178.00 €</dd></div>
          </dl>
          <div role="status" aria-live="polite"></div>
        </aside>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bench-plain-form': BenchPlainForm;
  }
}
