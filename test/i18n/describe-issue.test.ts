// The one message registry: every code of the checks has its words in exactly one group, in any registered language.
import { expect } from '@open-wc/testing';
import { checkTrustedSources } from '../../src/core/trusted-sources.js';
import { validateOrder } from '../../src/core/order-validation.js';
import { readPresetAttribute } from '../../src/core/wizard-view.js';
import { builtInCatalog } from '../../src/catalogs/built-in-catalog.js';
import { describedCodes, describeIssue } from '../../src/i18n/describe-issue.js';
import { de } from '../../src/i18n/locales/de.js';
import { orderMessagesEn } from '../../src/i18n/order.messages.js';
import { registerTranslation, type Translation } from '../../src/i18n/translations.js';
import { trustedSourceMessagesEn } from '../../src/i18n/trusted-sources.messages.js';
import { wizardIssueMessagesEn } from '../../src/i18n/wizard-issue.messages.js';

describe('describeIssue', () => {
  it('knows each code once: the order, trusted-source and wizard-core codes do not overlap', () => {
    const groups = [
      Object.keys(orderMessagesEn),
      Object.keys(trustedSourceMessagesEn).filter((key) => !key.startsWith('kind-')),
      Object.keys(wizardIssueMessagesEn).map((key) => key.replace(/^code-/, '')),
    ];
    const all = groups.flat();
    expect(all.filter((code, index) => all.indexOf(code) !== index)).to.deep.equal([]);
    expect([...describedCodes()].sort()).to.deep.equal([...all].sort());
  });

  it('words an issue of every kind of check in English by default and in German once registered', () => {
    const storage = validateOrder(builtInCatalog, { serviceId: 'postgresql', storageGb: 49 });
    const issue = storage.ok ? undefined : storage.issues.find((each) => each.path === 'storageGb');
    const finding = checkTrustedSources(['10.0.0.1']).findings[0]!;
    const preset = readPresetAttribute('{').problems[0]!;
    expect([issue, finding, preset].map((each) => describeIssue(each!))).to.deep.equal([
      'Choose at least 50 GB of storage.',
      '10.0.0.1/32 is not public (private range): such a source can never reach a public endpoint.',
      'The preset attribute is not valid JSON.',
    ]);
    registerTranslation(de);
    expect([issue, finding, preset].map((each) => describeIssue(each!, 'de'))).to.deep.equal([
      'Wählen Sie mindestens 50 GB Speicher.',
      '10.0.0.1/32 ist nicht öffentlich (privater Adressbereich): Eine solche Quelle kann einen öffentlichen Endpunkt nie erreichen.',
      de.orderWizard['code-preset-not-json'],
    ]);
    // Any tag of the language, as a server reads it from a request.
    for (const tag of ['de-AT', 'DE', 'de_CH']) expect(describeIssue(issue!, tag), tag).to.equal('Wählen Sie mindestens 50 GB Speicher.');
    for (const tag of ['', 'en-GB', 'x-unknown']) expect(describeIssue(issue!, tag), tag).to.equal('Choose at least 50 GB of storage.');
  });

  it("speaks a host's own language, its kinds of ranges and plural forms included", () => {
    // German in capitals, placeholders kept.
    const loudText = (text: string) => text.split(/(\{\w+\})/).map((part, index) => (index % 2 ? part : part.toUpperCase())).join('');
    const loudGroup = <G extends object>(group: G) =>
      Object.fromEntries(Object.entries(group).map(([key, value]) => [key, typeof value === 'string' ? loudText(value) : { one: loudText(value.one), other: loudText(value.other) }]));
    registerTranslation({ ...de, $code: 'qlo', $name: 'LOUD', order: loudGroup(de.order), trustedSources: loudGroup(de.trustedSources) } as Translation);
    const finding = checkTrustedSources(['10.0.0.1']).findings[0]!;
    expect(describeIssue(finding, 'qlo-x-loud')).to.equal(describeIssue(finding, 'de').toUpperCase());
    expect(describeIssue(finding, 'qlo-x-loud')).to.contain('PRIVATER ADRESSBEREICH');
    for (const count of [1, 5]) {
      const issue = { code: 'too-many-items', params: { count } };
      expect(describeIssue(issue, 'qlo-x-loud')).to.equal(describeIssue(issue, 'de').toUpperCase());
    }
  });

  it('gives an unknown code the general words, never the bare code', () => {
    for (const code of ['from-a-newer-engine', 'constructor', '__proto__', 'kind-private', '']) {
      expect(describeIssue({ code }), code).to.equal('This value is not valid.');
    }
  });
});
