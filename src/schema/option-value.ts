/**
 * The rules of one option's value, shared by `parseCatalog` (an option's default) and `validateOrder` (an order's
 * value): the type, a choice that exists, a whole number in range and on a step, a text of the right length and
 * pattern without control or bidi characters. Returns the value as the order keeps it (text trimmed) or a code with its parameters. Pure: no lit, no DOM.
 */
import { checkFreeText, type FreeTextCode } from './free-text.js';
import type { IssueParams } from './issues.js';

/** The parts of an option its value rules read (a catalog option, a service option, in any locale). */
export interface OptionRules {
  type: 'choice' | 'toggle' | 'number' | 'text';
  choices?: readonly { id: string }[] | undefined;
  min?: number | undefined;
  max?: number | undefined;
  step?: number | undefined;
  minLength?: number | undefined;
  maxLength?: number | undefined;
  pattern?: string | undefined;
}

export type OptionValueCode =
  | 'expected-boolean' | 'expected-text' | 'expected-number' | 'expected-whole-number' | 'unknown-option-choice'
  | 'option-below-minimum' | 'option-above-maximum' | 'option-off-step' | 'option-too-short' | 'option-too-long'
  | 'option-pattern-mismatch' | FreeTextCode;

export type OptionValueCheck =
  | { ok: true; value: string | number | boolean }
  | { ok: false; code: OptionValueCode; params?: IssueParams };

const patterns = new Map<string, RegExp | undefined>();

/** The option's pattern for the whole text; undefined for a pattern that does not compile (parseCatalog refuses it). */
function wholeText(pattern: string): RegExp | undefined {
  if (!patterns.has(pattern)) {
    try {
      patterns.set(pattern, new RegExp(`^(?:${pattern})$`, 'u'));
    } catch {
      patterns.set(pattern, undefined);
    }
  }
  return patterns.get(pattern);
}

/** Whether `value` is a valid value of the option; text is trimmed first and counted in characters, not UTF-16 units. */
export function checkOptionValue(option: OptionRules, value: unknown): OptionValueCheck {
  const fail = (code: OptionValueCode, params?: IssueParams): OptionValueCheck => (params ? { ok: false, code, params } : { ok: false, code });
  switch (option.type) {
    case 'toggle':
      return typeof value === 'boolean' ? { ok: true, value } : fail('expected-boolean');
    case 'choice': {
      if (typeof value !== 'string') return fail('expected-text');
      const choices = option.choices ?? [];
      return choices.some((choice) => choice.id === value) ? { ok: true, value } : fail('unknown-option-choice', { id: value });
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail('expected-number');
      if (!Number.isInteger(value)) return fail('expected-whole-number');
      const { min = 0, max = Number.MAX_SAFE_INTEGER, step = 1 } = option;
      if (value < min) return fail('option-below-minimum', { min });
      if (value > max) return fail('option-above-maximum', { max });
      if ((value - min) % step !== 0) {
        const lower = min + Math.floor((value - min) / step) * step;
        return fail('option-off-step', { step, lower, upper: lower + step });
      }
      return { ok: true, value };
    }
    case 'text': {
      if (typeof value !== 'string') return fail('expected-text');
      const text = value.trim();
      const hidden = checkFreeText(text);
      if (hidden) return fail(hidden.code, hidden.params);
      const length = [...text].length;
      if (option.minLength !== undefined && length < option.minLength) return fail('option-too-short', { count: option.minLength });
      if (option.maxLength !== undefined && length > option.maxLength) return fail('option-too-long', { count: option.maxLength });
      const pattern = option.pattern === undefined ? undefined : wholeText(option.pattern);
      if (pattern && !pattern.test(text)) return fail('option-pattern-mismatch');
      return { ok: true, value: text };
    }
  }
}
