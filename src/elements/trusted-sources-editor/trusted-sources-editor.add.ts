// The parts of <trusted-sources-editor> below the list: the whole-internet confirmation and the area that adds entries
// (new-address field, Add, "Add my IP", their notes and errors, the report of a pasted list), and the "Add my IP" action.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { renderMessage, type RowContext } from './trusted-sources-editor.rows.js';

export interface ConfirmationContext {
  t: RowContext['t'];
  confirmed: boolean;
  /** Show the missing confirmation as an error (after interaction or a submit attempt). */
  error: boolean;
  onChange(event: Event): void;
}

export function renderConfirmation({ t, confirmed, error, onChange }: ConfirmationContext): TemplateResult {
  return html`<label class="confirm">
      <input id="confirm" part="control" type="checkbox" .checked=${live(confirmed)} @change=${onChange}
        aria-invalid=${error ? 'true' : nothing} aria-describedby=${error ? 'confirm-error' : nothing} />
      ${t('confirm-whole-internet')}
    </label>
    ${error ? renderMessage({ id: 'confirm-error', kind: 'error', text: t('confirm-required') }, t) : nothing}`;
}

export interface AddAreaContext {
  t: RowContext['t'];
  /** Ids of list-level messages the new-address field is described by (after the hint). */
  listIds: string[];
  addError: string;
  /** Whether the host gave a resolver: only then is "Add my IP" shown. */
  myIp: boolean;
  busy: boolean;
  myIpError: string;
  report: readonly string[];
  onKeydown(event: KeyboardEvent): void;
  onPaste(event: ClipboardEvent): void;
  onInput(): void;
  onAdd(): void;
  onAddMyIp(): void;
}

export function renderAddArea(ctx: AddAreaContext): TemplateResult {
  const { t, addError, myIpError } = ctx;
  const describedBy = ['hint', ...ctx.listIds, ...(addError ? ['add-error'] : [])].join(' ');
  return html`<div class="add">
    <label for="new-address">${t('new-address')}</label>
    <div class="add-controls">
      <input id="new-address" part="control" type="text" autocomplete="off" autocapitalize="off" spellcheck="false"
        aria-describedby=${describedBy} aria-invalid=${addError ? 'true' : nothing}
        @keydown=${ctx.onKeydown} @paste=${ctx.onPaste} @input=${ctx.onInput} />
      <button part="button" type="button" class="add-button" @click=${ctx.onAdd}>${t('add')}</button>
      ${ctx.myIp
        ? html`<button part="button" type="button" class="my-ip" aria-busy=${ctx.busy ? 'true' : 'false'}
            aria-describedby=${myIpError ? 'my-ip-note my-ip-error' : 'my-ip-note'} @click=${ctx.onAddMyIp}>${t('add-my-ip')}</button>`
        : nothing}
    </div>
    ${addError ? renderMessage({ id: 'add-error', kind: 'error', text: addError }, t) : nothing}
    ${ctx.myIp ? html`<p class="note" id="my-ip-note">${t('my-ip-note')}</p>` : nothing}
    ${myIpError ? renderMessage({ id: 'my-ip-error', kind: 'error', text: myIpError }, t) : nothing}
    ${ctx.report.map((text, i) => renderMessage({ id: `report${i}`, kind: 'note', text }, t))}
  </div>`;
}

/**
 * "Add my IP": asks the host's resolver, busy meanwhile (one request at a time). `use` takes the answer and returns an
 * error message, or '' when it could use it; a rejected request becomes the `failed` message and changes nothing else.
 */
export class ClientAddressAction implements ReactiveController {
  busy = false;
  error = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  async run(resolve: () => Promise<string>, use: (answer: string) => string, failed: () => string): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.error = '';
    this.host.requestUpdate();
    try {
      this.error = use(String(await resolve()));
    } catch {
      this.error = failed();
    }
    this.busy = false;
    this.host.requestUpdate();
  }
}
