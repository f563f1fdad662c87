// The pseudo-locale en-XA on a server: registered through the built `order-widgets/schema` entry, as an integrator's
// backend registers a language of its own, it words every issue code the checks can produce, with no English left.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { PSEUDO_TAG, pseudoTranslation, withoutPseudoText } from '../support/pseudo-locale.mjs';

const schema = await import('order-widgets/schema');
const { describedCodes, describeIssue, registerTranslation, orderMessagesEn, trustedSourceMessagesEn, checkTrustedSources } = schema;
// The other message groups are not part of the schema entry: read them from the built modules, as the elements do.
const dist = new URL('../../dist/i18n/', import.meta.url);
const { orderWizardMessagesEn } = await import(new URL('order-wizard.messages.js', dist).href);
const { trustedSourcesEditorMessagesEn } = await import(new URL('trusted-sources-editor.messages.js', dist).href);
const { nodeSizePickerMessagesEn } = await import(new URL('node-size-picker.messages.js', dist).href);
const { orderStatusMessagesEn } = await import(new URL('order-status.messages.js', dist).href);

const ENGLISH = {
  orderWizard: orderWizardMessagesEn, order: orderMessagesEn, trustedSources: trustedSourceMessagesEn,
  trustedSourcesEditor: trustedSourcesEditorMessagesEn, nodeSizePicker: nodeSizePickerMessagesEn, orderStatus: orderStatusMessagesEn,
};
registerTranslation(pseudoTranslation(ENGLISH));

// The kinds of non-public ranges, each filled into `not-public` as a message of its own.
const KINDS = Object.keys(trustedSourceMessagesEn).filter((key) => key.startsWith('kind-')).map((key) => key.slice(5));
const placeholders = (template) => (typeof template === 'string' ? [template] : Object.values(template)).join(' ').match(/\{\w+\}/g) ?? [];

/** Every way an issue with `code` can read: each parameter as digits, `count` as 1 and as 2, `kind` as each kind. */
function issuesOf(code, template) {
  const params = Object.fromEntries(placeholders(template).map((placeholder) => [placeholder.slice(1, -1), '7']));
  const counts = 'count' in params ? [1, 2] : [undefined];
  const kinds = code === 'not-public' ? KINDS : [undefined];
  return counts.flatMap((count) => kinds.map((kind) => ({
    code, params: { ...params, ...(count === undefined ? {} : { count }), ...(kind === undefined ? {} : { kind }) },
  })));
}

const englishOf = (code) =>
  orderMessagesEn[code] ?? trustedSourceMessagesEn[code] ?? orderWizardMessagesEn[`code-${code}`];

test('the codes describeIssue words are every code of the order, trusted-source and wizard-core checks', () => {
  const all = [
    ...Object.keys(orderMessagesEn),
    ...Object.keys(trustedSourceMessagesEn).filter((key) => !key.startsWith('kind-')),
    ...Object.keys(orderWizardMessagesEn).filter((key) => key.startsWith('code-')).map((key) => key.slice(5)),
  ];
  assert.deepEqual([...describedCodes()].sort(), [...new Set(all)].sort());
  assert.ok(all.length > 90, `${all.length} codes`);
});

test(`in ${PSEUDO_TAG} every code is worded in the pseudo-locale, with no English fallback`, () => {
  const english = [];
  for (const code of describedCodes()) {
    for (const issue of issuesOf(code, englishOf(code))) {
      const text = describeIssue(issue, PSEUDO_TAG);
      // Outside the brackets nothing but the digits of the parameters; inside them no plain letter (an English word
      // filled into a pseudo-locale message, such as a kind of range).
      const outside = withoutPseudoText(text);
      if (!text.startsWith('⟦') || /\p{L}/u.test(outside) || /[A-Za-z]/.test(text)) english.push(`${code}: ${text}`);
      // The parameters are filled in, none is lost (a `one` form may say "this entry" instead of the count).
      for (const [name, value] of Object.entries(issue.params)) if (name !== 'count' && name !== 'kind') assert.ok(text.includes(value), `${code}: ${text}`);
    }
  }
  assert.deepEqual(english, []);
});

test('any tag of the pseudo-locale speaks it; the language it extends stays English', () => {
  const issue = { code: 'storage-below-minimum', params: { min: 50 } };
  for (const tag of ['en-XA', 'EN_xa', 'en-xa-x-test']) assert.match(describeIssue(issue, tag), /^⟦Çĥóóšé áţ ļéášţ 50 ĜƁ/, tag);
  for (const tag of ['en', 'en-GB', '']) assert.equal(describeIssue(issue, tag), 'Choose at least 50 GB of storage.', tag);
});

test('a finding of a real check, a kind of range filled in, reads as pseudo-locale text', () => {
  const finding = checkTrustedSources(['10.0.0.1']).findings[0];
  const text = describeIssue(finding, PSEUDO_TAG);
  assert.match(text, /^⟦10\.0\.0\.1\/32 íš ñóţ þûƀļíç \(⟦þŕíṽáţé ŕáñĝé/);
  assert.doesNotMatch(withoutPseudoText(text), /\p{L}/u);
});
