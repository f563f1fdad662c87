import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';

/** What a form-associated element reports to its form: the submitted value and its validity. */
export interface FormControlState {
  /** The submitted value: a string, FormData for several entries, or null for none. */
  readonly value: string | FormData | null;
  /** The validity flags to set; none means valid. */
  readonly flags?: ValidityStateFlags;
  /** The message a form shows for invalid flags (the user's language). */
  readonly message?: string;
  /** The element inside the shadow root the browser points at when it reports the error. */
  readonly anchor?: HTMLElement | undefined;
  /** What the browser keeps to give back after back/forward navigation (see `restoreFrom`); the value if not given. */
  readonly state?: string | FormData;
}

/**
 * The plumbing every form-associated element of the library shares (ElementInternals): `name`, `required`,
 * `disabled` (also from a disabled `<fieldset>`), `form`, `labels`, `validity`, `validationMessage`, `willValidate`,
 * `checkValidity()`, `reportValidity()`, reset and state restore. Subclasses say what their value is and how valid it is
 * through `formState()`, and how to go back to their default or a restored value.
 *
 * @cssstate user-invalid - Invalid, once the user has interacted with the control or a form tried to submit it, as
 *   `:user-invalid` for native inputs: `node-size-picker:state(user-invalid)`.
 * @cssstate disabled - Disabled by its own `disabled` or by a disabled `<fieldset>` around it: `:state(disabled)`.
 */
export abstract class FormAssociatedElement extends LitElement {
  static formAssociated = true;

  /** The form field name: FormData gets this element's value under it. */
  @property({ reflect: true }) name = '';

  /** Whether the form may be submitted without a value. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Whether the control is disabled (also true while an ancestor `<fieldset>` is disabled). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** True once the user has interacted with the control or a form tried to submit it: errors show only then. */
  @state() protected touched = false;

  @state() private formDisabled = false;

  protected readonly internals: ElementInternals = this.attachInternals();

  /** Disabled by its own attribute or by a disabled fieldset around it. */
  protected get effectivelyDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get labels(): NodeList {
    return this.internals.labels;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  checkValidity(): boolean {
    this.syncFormState();
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    this.syncFormState();
    this.touched = true;
    return this.internals.reportValidity();
  }

  /** The value and validity to report now. */
  protected abstract formState(): FormControlState;

  /** Goes back to the value the element had before the user changed it (form reset). */
  protected abstract resetToDefault(): void;

  /** Takes back what the browser restored: after back/forward, the `state` `formState` gave; after autofill, a value. */
  protected abstract restoreFrom(state: string | FormData): void;

  constructor() {
    super();
    // A form that tries to submit an invalid control fires `invalid` on it: from then on, show the errors.
    this.addEventListener('invalid', () => {
      this.touched = true;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.syncFormState();
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.syncFormState();
    this.toggleState('user-invalid', this.touched && !this.internals.validity.valid);
    this.toggleState('disabled', this.effectivelyDisabled);
  }

  /** Reports the current value and validity to the form. */
  protected syncFormState(): void {
    const { value, flags, message, anchor, state = value } = this.formState();
    this.internals.setFormValue(this.effectivelyDisabled ? null : value, state);
    const invalid = !this.effectivelyDisabled && flags && Object.values(flags).some(Boolean);
    if (invalid) this.internals.setValidity(flags, message || ' ', anchor);
    else this.internals.setValidity({});
  }

  private toggleState(name: string, on: boolean): void {
    try {
      if (on) this.internals.states.add(name);
      else this.internals.states.delete(name);
    } catch {
      // Browsers without CustomStateSet still work: the state is a styling nicety.
    }
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formResetCallback(): void {
    this.resetToDefault();
    this.touched = false;
  }

  formStateRestoreCallback(state: string | FormData | File | null): void {
    if (typeof state === 'string' || state instanceof FormData) this.restoreFrom(state);
  }
}
