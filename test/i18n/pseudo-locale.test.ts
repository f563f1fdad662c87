// The pseudo-locale en-XA (accented, ~40 % longer English, made by code: test/support/pseudo-locale.mjs) registered as
// a host registers its own language, and French, Dutch and Polish loaded on demand: every element in every state
// speaks the page's language, with no word of the built-in English left, and its layout holds at 360 px and at
// 1280 px with the longer words.
import 'axe-core/axe.min.js';
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { registerTranslation, translationLoaders, type Translation } from '../../src/i18n/translations.js';
import { PSEUDO_TAG, pseudoTranslation, withoutPseudoText } from '../support/pseudo-locale.mjs';
import { ENGLISH } from './english-messages.js';
import { englishIn, englishWords } from './english-words.js';
import { allowedTexts, layoutProblems, shownTexts, walkElements, walkWizard, withoutAllowed, type CheckState } from './language-walk.js';

registerTranslation(pseudoTranslation(ENGLISH) as unknown as Translation);

// States at which axe checks the whole element too.
const AXE_STATES = new Set(['service, Next without a service', 'new invoice profile, Next with its fields empty', 'summary, documents accepted',
  'trusted sources, a duplicate', 'confirmation', 'editor, a pasted list with findings of every kind', 'picker, required and nothing chosen', 'badge, failed']);

/** Checks of each state: `words` finds what must not be shown in one text; the layout holds; axe at a few states. */
function checker(words: (text: string) => string[], problems: string[]): CheckState {
  return async (state, el) => {
    for (const text of shownTexts(el)) for (const word of words(text)) problems.push(`${state}: “${word}” in “${text}”`);
    for (const problem of layoutProblems(el)) problems.push(`${state}: ${problem}`);
    if (AXE_STATES.has(state)) await expect(el, state).to.be.accessible();
  };
}

/** In the pseudo-locale: a word left once the pseudo-locale's messages and the allowed texts are taken out. */
function pseudoLeaks(locale: string) {
  const allowed = allowedTexts(locale);
  return (text: string) => {
    const rest = withoutAllowed(text, allowed);
    // No plain letter anywhere (an English word inside a message too), and no letter at all outside the messages.
    const plain = rest.match(/[A-Za-z]+/g) ?? [];
    const outside = withoutPseudoText(rest).match(/\p{L}+/gu) ?? [];
    return [...new Set([...plain, ...outside])];
  };
}

const WIDTHS = [360, 1280];

describe(`the pseudo-locale ${PSEUDO_TAG}, registered by the host`, function () {
  // A walk types and clicks its way through every state: seconds, not the usual fraction of one.
  this.timeout(120_000);
  afterEach(() => setViewport({ width: 800, height: 600 }));

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

describe('French, Dutch and Polish on every step and element', function () {
  this.timeout(120_000);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['fr', 'nl', 'pl']) {
    it(`with lang="${lang}", no English word in any state of any element, at 360 px`, async () => {
      await setViewport({ width: 360, height: 800 });
      const english = englishWords(await translationLoaders[lang]!());
      expect(english.length).to.be.greaterThan(250);
      const allowed = allowedTexts(lang);
      const problems: string[] = [];
      const check = checker((text) => englishIn(withoutAllowed(text, allowed), english), problems);
      const states = [...(await walkWizard(lang, check)), ...(await walkElements(lang, check))];
      expect(states.length).to.be.greaterThan(40);
      expect(problems).to.deep.equal([]);
    });
  }
});
