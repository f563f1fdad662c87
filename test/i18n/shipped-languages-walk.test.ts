// French, Dutch and Polish loaded on demand, on every step of <order-wizard> and in every state of the other elements
// (the walk of language-walk.ts): no English word anywhere, shadow roots and accessible strings included, and the
// layout holds at 360 px with each language's words. The pseudo-locale takes the same walk in pseudo-locale.test.ts.
import { expect } from '@open-wc/testing';
import { setViewport } from '../support/input.js';
import '../../src/define.js';
import { translationLoaders } from '../../src/i18n/translations.js';
import { englishIn, englishWords } from './english-words.js';
import { allowedRemover, checker, endWalk, walkElements, walkWizard } from './language-walk.js';

describe('French, Dutch and Polish on every step and element', function () {
  this.timeout(120_000);
  afterEach(endWalk);

  for (const lang of ['fr', 'nl', 'pl']) {
    it(`with lang="${lang}", no English word in any state of any element, at 360 px`, async () => {
      await setViewport({ width: 360, height: 800 });
      const english = englishWords(await translationLoaders[lang]!());
      expect(english.length).to.be.greaterThan(250);
      const withoutAllowed = allowedRemover(lang);
      const problems: string[] = [];
      const check = checker((text) => (englishIn(text, english).length ? englishIn(withoutAllowed(text), english) : []), problems);
      const states = [...(await walkWizard(lang, check)), ...(await walkElements(lang, check))];
      expect(states.length).to.be.greaterThan(40);
      expect(problems).to.deep.equal([]);
    });
  }
});
