// The pseudo-locale en-XA (accented, ~40 % longer English, made by code: test/support/pseudo-locale.mjs) registered as
// a host registers its own language: every element in every state speaks it, with no word of the built-in English
// left, and its layout holds at 360 px and at 1280 px with the longer words. French, Dutch and Polish take the same
// walk in shipped-languages-walk.test.ts.
import { expect } from '@open-wc/testing';
import { setViewport } from '../support/input.js';
import '../../src/define.js';
import { registerTranslation, type Translation } from '../../src/i18n/translations.js';
import { PSEUDO_TAG, pseudoTranslation, withoutPseudoText } from '../support/pseudo-locale.mjs';
import { ENGLISH } from './english-messages.js';
import { allowedRemover, checker, endWalk, walkElements, walkWizard } from './language-walk.js';

registerTranslation(pseudoTranslation(ENGLISH) as unknown as Translation);



/** In the pseudo-locale: a word left once the pseudo-locale's messages and the allowed texts are taken out. */
function pseudoLeaks(locale: string) {
  const withoutAllowed = allowedRemover(locale);
  // No plain letter anywhere (an English word inside a message too), and no letter at all outside the messages.
  const leaks = (rest: string) => [...new Set([...(rest.match(/[A-Za-z]+/g) ?? []), ...(withoutPseudoText(rest).match(/\p{L}+/gu) ?? [])])];
  // The allowed texts are taken out only where something is left (the customer's, the catalog's words).
  return (text: string) => (leaks(text).length ? leaks(withoutAllowed(text)) : []);
}

const WIDTHS = [360, 1280];

describe(`the pseudo-locale ${PSEUDO_TAG}, registered by the host`, function () {
  // A walk types and clicks its way through every state: seconds, not the usual fraction of one.
  this.timeout(120_000);
  afterEach(endWalk);

  for (const width of WIDTHS) {
    it(`every step and state of <order-wizard> at ${width} px: only pseudo-locale text, nothing cut or overlapping`, async () => {
      await setViewport({ width, height: 800 });
      const problems: string[] = [];
      const states = await walkWizard(PSEUDO_TAG, checker(pseudoLeaks('en-xa'), problems));
      expect(states.length).to.be.greaterThan(25);
      expect(problems).to.deep.equal([]);
    });

    it(`every state of the editor, the picker and the badge at ${width} px`, async () => {
      await setViewport({ width, height: 800 });
      const problems: string[] = [];
      const states = await walkElements(PSEUDO_TAG, checker(pseudoLeaks('en-xa'), problems));
      expect(states.length).to.be.greaterThan(15);
      expect(problems).to.deep.equal([]);
    });
  }
});
