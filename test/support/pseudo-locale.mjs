// The pseudo-locale en-XA, made by code from the English messages: every letter accented (a → á), every message ~40 %
// longer and in brackets ("Next" → "⟦Ñéẋţ ~~⟧"), `{name}` placeholders and plural forms kept as they are. A page in
// en-XA shows at a glance any word that bypasses the translations (no brackets, no accents) and any layout that
// cannot take longer words. Plain JavaScript without imports: the browser walk (test/i18n/pseudo-locale.test.ts) and
// the Node test of the built `order-widgets/schema` (test/node/pseudo-locale.test.mjs) register the same language.

/** The pseudo-locale's tag: the one Android and Chromium use for accented, lengthened English. */
export const PSEUDO_TAG = 'en-XA';
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const ACCENTED = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ó', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ó', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

const PLACEHOLDER = /(\{\w+\})/;

/**
 * One text in the pseudo-locale: letters outside placeholders accented, then padding of ~40 % of its length inside
 * the brackets, in runs of at most 6 so that it wraps like words do ("⟦Ŝţéþ {current} óf {total} ~~~~~~ ~~⟧").
 */
export function pseudoText(text) {
  const accented = text
    .split(PLACEHOLDER)
    .map((part) => (PLACEHOLDER.test(part) ? part : [...part].map((character) => ACCENTED[character] ?? character).join('')))
    .join('');
  const length = text.replace(/\{\w+\}/g, 'xxxx').length;
  const padding = '~'.repeat(Math.max(2, Math.ceil(length * 0.4))).replace(/(.{6})(?=.)/g, '$1 ');
  return `${PSEUDO_OPEN}${accented} ${padding}${PSEUDO_CLOSE}`;
}

/** A message (text, or plural forms) in the pseudo-locale: plural forms keep their categories. */
export function pseudoTemplate(template) {
  return typeof template === 'string'
    ? pseudoText(template)
    : Object.fromEntries(Object.entries(template).map(([category, text]) => [category, pseudoText(text)]));
}

/**
 * The pseudo-locale as a `Translation`, from every English message group (`{ orderWizard: {...}, order: {...}, … }`),
 * for `registerTranslation`.
 */
export function pseudoTranslation(englishGroups, tag = PSEUDO_TAG) {
  const groups = Object.fromEntries(
    Object.entries(englishGroups).map(([group, messages]) => [
      group,
      Object.fromEntries(Object.entries(messages).map(([key, template]) => [key, pseudoTemplate(template)])),
    ]),
  );
  return { $code: tag, $name: pseudoText('English (pseudo)'), ...groups };
}

/**
 * What is left of a shown text once every pseudo-locale message is taken out (innermost first: a message may hold
 * another as a parameter, "⟦Ļíñé 2: ⟦…⟧ ~~⟧"). Any letter left is a word that bypassed the translation.
 */
export function withoutPseudoText(text) {
  let rest = text;
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  return rest;
}
