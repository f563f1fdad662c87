// The form behaviour every form-associated element of the library shares, run against each of them inside a real
// <form>: FormData, required, disabled (own and fieldset), reset, restore, labels, submit blocked while invalid.
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';

export interface FormControlLike extends HTMLElement {
  name: string;
  required: boolean;
  disabled: boolean;
  readonly form: HTMLFormElement | null;
  readonly labels: NodeList;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  formStateRestoreCallback?(state: string | FormData | null, reason: string): void;
  updateComplete: Promise<boolean>;
}

export interface FormControlSuiteOptions<E extends FormControlLike> {
  tag: string;
  /** Gives a fresh element the data it needs before it can hold a value (e.g. the picker's sizes). */
  configure?(element: E): void;
  /** Sets a valid, non-default value the way the host or user would; returns the FormData entries expected under `name`. */
  setValue(element: E): Promise<string[]> | string[];
  /** Reads back what the element holds, as the FormData entries it would submit. */
  readValue(element: E): string[];
}

export function runFormControlSuite<E extends FormControlLike>(options: FormControlSuiteOptions<E>): void {
  const tag = unsafeStatic(options.tag);

  async function inForm(attributes: { required?: boolean; fieldsetDisabled?: boolean } = {}) {
    const form = await fixture<HTMLFormElement>(staticHtml`
      <form>
        <label for="control">Field</label>
        <fieldset ?disabled=${attributes.fieldsetDisabled ?? false}>
          <legend>Group</legend>
          <${tag} id="control" name="field" ?required=${attributes.required ?? false}></${tag}>
        </fieldset>
        <button>Submit</button>
      </form>
    `);
    const element = form.querySelector<E>('#control')!;
    options.configure?.(element);
    await element.updateComplete;
    return { form, element };
  }

  function submits(form: HTMLFormElement): boolean {
    let submitted = false;
    const listener = (event: Event) => {
      event.preventDefault();
      submitted = true;
    };
    form.addEventListener('submit', listener);
    form.requestSubmit();
    form.removeEventListener('submit', listener);
    return submitted;
  }

  describe(`<${options.tag}> in a form`, () => {
    it('is associated with its form and its label', async () => {
      const { form, element } = await inForm();
      expect(element.form).to.equal(form);
      expect(element.labels.length).to.equal(1);
      expect(element.willValidate).to.be.true;
    });

    it('adds its value to FormData under its name', async () => {
      const { form, element } = await inForm();
      expect(new FormData(form).getAll('field')).to.deep.equal([]);
      const expected = await options.setValue(element);
      await element.updateComplete;
      expect(expected.length).to.be.greaterThan(0);
      expect(new FormData(form).getAll('field')).to.deep.equal(expected);
    });

    it('is valid when empty and not required', async () => {
      const { form, element } = await inForm();
      expect(element.checkValidity()).to.be.true;
      expect(submits(form)).to.be.true;
    });

    it('blocks submit while required and empty, with a message, and allows it once it has a value', async () => {
      const { form, element } = await inForm({ required: true });
      expect(element.checkValidity()).to.be.false;
      expect(element.validity.valueMissing).to.be.true;
      expect(element.validationMessage).to.match(/\w{3}/);
      expect(submits(form)).to.be.false;
      await options.setValue(element);
      await element.updateComplete;
      expect(element.checkValidity()).to.be.true;
      expect(submits(form)).to.be.true;
    });

    it('submits nothing and is not validated while disabled', async () => {
      const { form, element } = await inForm({ required: true });
      await options.setValue(element);
      element.disabled = true;
      await element.updateComplete;
      expect(new FormData(form).getAll('field')).to.deep.equal([]);
      expect(submits(form)).to.be.true;
    });

    it('is disabled by a disabled fieldset', async () => {
      const { form, element } = await inForm({ required: true, fieldsetDisabled: true });
      await options.setValue(element);
      await element.updateComplete;
      expect(element.willValidate).to.be.false;
      expect(new FormData(form).getAll('field')).to.deep.equal([]);
      form.querySelector('fieldset')!.disabled = false;
      await element.updateComplete;
      expect(element.willValidate).to.be.true;
      expect(new FormData(form).getAll('field').length).to.be.greaterThan(0);
    });

    it('goes back to its default value on form reset', async () => {
      const { form, element } = await inForm();
      await options.setValue(element);
      await element.updateComplete;
      form.reset();
      await element.updateComplete;
      expect(options.readValue(element)).to.deep.equal([]);
      expect(new FormData(form).getAll('field')).to.deep.equal([]);
    });

    it('takes back a value the browser restores', async () => {
      const first = await inForm();
      const expected = await options.setValue(first.element);
      await first.element.updateComplete;
      const state = new FormData(first.form);
      const restoredState = expected.length === 1 ? String(state.get('field')) : state;
      const second = await inForm();
      second.element.formStateRestoreCallback?.(restoredState, 'restore');
      await second.element.updateComplete;
      expect(options.readValue(second.element)).to.deep.equal(expected);
    });
  });
}
