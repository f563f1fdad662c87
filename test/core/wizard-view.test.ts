// Table-driven tests of src/core/wizard-view.ts (pure; kept next to the wizard's tests as the brief allows only these paths;
// its home is test/core/wizard-view.test.ts).
import { expect } from '@open-wc/testing';
import { builtInCatalog } from '../../src/catalogs/built-in-catalog.js';
import { emptyDraft, type OrderDraft } from '../../src/core/wizard-draft.js';
import {
  editTrustedSources, fieldForPath, hasPrice, persistKeyFor, persistMode, pickRegion, pickService, serviceDefaults, servicesByKind, storageSliderValue,
  readPresetAttribute, statusUrlFor, stepProblems, summaryIssues, wizardMessageKey,
} from '../../src/core/wizard-view.js';
import type { Issue } from '../../src/schema/issues.js';

const draft = (fields: Partial<OrderDraft> = {}): OrderDraft => ({ ...emptyDraft(), ...fields });
const issue = (path: string, code = 'required'): Issue => ({ path, code });

describe('wizard-view: fieldForPath', () => {
  const cases: [string, string | undefined][] = [
    ['serviceId', 'serviceId'],
    ['version', 'version'],
    ['nodeTypeId', 'sizeId'],
    ['sizeId', 'sizeId'],
    ['storageGb', 'storageGb'],
    ['trustedSources', 'trustedSources'],
    ['trustedSources[3]', 'trustedSources'],
    ['trustedSources[0].label', 'trustedSources'],
    ['trustedSourcesConfirmWholeInternet', 'trustedSources'],
    ['regionId', 'regionId'],
    ['availabilityZoneId', 'availabilityZoneId'],
    ['billingProfile', 'billingProfile'],
    ['billingProfile.id', 'billingProfile'],
    ['billingProfile.new', 'billingProfile'],
    ['billingProfile.new.email', 'billingProfile.new.email'],
    ['billingProfile.new.vatId', 'billingProfile.new.vatId'],
    ['acceptedDocuments.terms', 'acceptedDocuments.terms'],
    ['acceptedDocuments.terms.version', 'acceptedDocuments.terms'],
    ['acceptedDocuments["service-description-iam"]', 'acceptedDocuments["service-description-iam"]'],
    ['acceptedDocuments["service-description-iam"].acceptedAt', 'acceptedDocuments["service-description-iam"]'],
    ['acceptedDocuments', undefined],
    ['idempotencyKey', undefined],
    ['meta.partner', undefined],
    ['', undefined],
    ['trustedSourcesX', undefined],
    ['serviceIdentity', undefined],
  ];
  for (const [path, field] of cases) it(`${JSON.stringify(path)} → ${String(field)}`, () => expect(fieldForPath(path)).to.equal(field));
});

describe('wizard-view: summaryIssues', () => {
  const cases: [string, Issue[], string[]][] = [
    ['nothing', [], []],
    ['one per field', [issue('storageGb', 'a'), issue('storageGb', 'b')], ['storageGb a']],
    ['version implied by a missing service', [issue('serviceId'), issue('version')], ['serviceId required']],
    ['version kept when the service is there', [issue('version')], ['version required']],
    ['node type implied by a missing size', [issue('nodeTypeId'), issue('sizeId')], ['sizeId required']],
    ['a wrong node type is not implied', [issue('nodeTypeId', 'unknown-node-type'), issue('sizeId')], ['nodeTypeId unknown-node-type']],
    ['each trusted source on its own line', [issue('trustedSources[0]', 'x'), issue('trustedSources[1]', 'x'), issue('trustedSources[1]', 'x')],
      ['trustedSources[0] x', 'trustedSources[1] x']],
    ['paths without a field stay', [issue('acceptedDocuments', 'y'), issue('acceptedDocuments', 'z')], ['acceptedDocuments y', 'acceptedDocuments z']],
  ];
  for (const [name, issues, expected] of cases) {
    it(name, () => expect(summaryIssues(issues).map(({ issue: i }) => `${i.path} ${i.code}`)).to.deep.equal(expected));
  }
});

describe('wizard-view: stepProblems', () => {
  const host = (path: string, message: string) => ({ path, message });
  const cases: [string, Issue[], { path: string; message: string }[], string[]][] = [
    ['nothing', [], [], []],
    ['the core\'s, as summaryIssues lists them', [issue('serviceId'), issue('version')], [], ['serviceId: serviceId required']],
    ['the host\'s, at their fields', [], [host('nodeTypeId', 'Sold out.'), host('meta.partner', 'Unknown partner.')],
      ['sizeId: Sold out.', 'undefined: Unknown partner.']],
    ['the core\'s first, then the host\'s, both kept for one field', [issue('storageGb', 'too-small')], [host('storageGb', 'Not now.')],
      ['storageGb: storageGb too-small', 'storageGb: Not now.']],
  ];
  for (const [name, issues, hostErrors, expected] of cases) {
    it(name, () => expect(stepProblems(issues, hostErrors).map((problem) =>
      `${String(problem.field)}: ${'issue' in problem ? `${problem.issue.path} ${problem.issue.code}` : problem.message}`)).to.deep.equal(expected));
  }
});

describe('wizard-view: wizardMessageKey', () => {
  const cases: [string, string, string | undefined][] = [
    ['serviceId', 'required', 'missing-service'],
    ['version', 'required', 'missing-version'],
    ['sizeId', 'required', 'missing-size'],
    ['nodeTypeId', 'required', 'missing-node-type'],
    ['regionId', 'required', 'missing-region'],
    ['billingProfile', 'billing-profile-missing', 'missing-billing'],
    ['billingProfile.id', 'billing-profile-missing', 'missing-billing'],
    ['storageGb', 'required', undefined],
    ['serviceId', 'unknown-service', undefined],
  ];
  for (const [path, code, key] of cases) it(`${path} ${code} → ${String(key)}`, () => expect(wizardMessageKey({ path, code })).to.equal(key));
});

describe('wizard-view: servicesByKind', () => {
  it('groups the built-in services in kind order', () => {
    expect(servicesByKind(builtInCatalog).map((g) => [g.kind, g.services.map((s) => s.id)])).to.deep.equal([
      ['iam', ['keycloak']], ['database', ['mariadb', 'postgresql', 'mysql']], ['registry', ['harbor']],
    ]);
  });
  it('leaves out empty kinds', () => {
    const catalog = { ...builtInCatalog, services: builtInCatalog.services.filter((s) => s.kind === 'database') };
    expect(servicesByKind(catalog).map((g) => g.kind)).to.deep.equal(['database']);
  });
});

describe('wizard-view: pickService and serviceDefaults', () => {
  const cases: [string, Partial<OrderDraft>, string, Partial<OrderDraft>][] = [
    ['fresh: first version, minimum storage', {}, 'postgresql', { serviceId: 'postgresql', version: '17', storageGb: 50 }],
    ['harbor has its own minimum', {}, 'harbor', { serviceId: 'harbor', version: '2.13', storageGb: 50 }],
    ['a version the new service lacks goes', { serviceId: 'postgresql', version: '14' }, 'mysql', { serviceId: 'mysql', version: '8.4', storageGb: 50 }],
    ['typed storage stays', { storageGb: '75' }, 'mysql', { serviceId: 'mysql', version: '8.4', storageGb: '75' }],
    ['emptied storage gets the minimum', { storageGb: '' }, 'mysql', { serviceId: 'mysql', version: '8.4', storageGb: 50 }],
    ['a size the service has stays', { sizeId: 'gp-m', nodeTypeId: 'general-purpose' }, 'harbor',
      { serviceId: 'harbor', version: '2.13', storageGb: 50, sizeId: 'gp-m', nodeTypeId: 'general-purpose' }],
    ['a size the service lacks goes', { sizeId: 'huge' }, 'mysql', { serviceId: 'mysql', version: '8.4', storageGb: 50 }],
    ['a node type the service lacks goes', { nodeTypeId: 'gpu' }, 'mysql', { serviceId: 'mysql', version: '8.4', storageGb: 50 }],
    ['a size of another node type goes, the node type stays', { sizeId: 'gp-m', nodeTypeId: 'memory-optimised' }, 'harbor',
      { serviceId: 'harbor', version: '2.13', storageGb: 50, nodeTypeId: 'memory-optimised' }],
    ['unknown service: unchanged', { serviceId: 'mysql' }, 'oracle', { serviceId: 'mysql' }],
  ];
  for (const [name, before, id, after] of cases) {
    it(name, () => {
      const { trustedSources: _t, billing: _b, acceptedDocuments: _a, ...rest } = pickService(builtInCatalog, draft(before), id);
      expect(rest).to.deep.equal(after);
    });
  }
  it('never mutates the draft', () => {
    const before = draft({ serviceId: 'postgresql', version: '14' });
    const copy = structuredClone(before);
    pickService(builtInCatalog, before, 'mysql');
    expect(before).to.deep.equal(copy);
  });
  it('serviceDefaults without a service changes nothing', () => {
    const before = draft({ storageGb: 'abc' });
    expect(serviceDefaults(builtInCatalog, before)).to.equal(before);
  });
});

describe('wizard-view: pickRegion', () => {
  const cases: [string, Partial<OrderDraft>, string, Partial<OrderDraft>][] = [
    ['keeps a zone of the region', { regionId: 'de-west-1', availabilityZoneId: 'de-west-1b' }, 'de-west-1', { regionId: 'de-west-1', availabilityZoneId: 'de-west-1b' }],
    ['drops a zone of another region', { regionId: 'de-west-1', availabilityZoneId: 'de-west-1b' }, 'de-north-1', { regionId: 'de-north-1' }],
    ['unknown region: unchanged', { regionId: 'de-west-1' }, 'mars-1', { regionId: 'de-west-1' }],
  ];
  for (const [name, before, id, after] of cases) {
    it(name, () => {
      const { trustedSources: _t, billing: _b, acceptedDocuments: _a, ...rest } = pickRegion(builtInCatalog, draft(before), id);
      expect(rest).to.deep.equal(after);
    });
  }
});

describe('wizard-view: editTrustedSources', () => {
  const rows = [{ address: '123.123.123.123/32' }, { address: '10.0.0.1', label: 'Office' }];
  const edit = (fields: Partial<Parameters<typeof editTrustedSources>[1]> = {}) => ({
    trustedSources: rows, confirmWholeInternet: false, pendingTrustedSource: '', ...fields,
  });

  it('keeps the very draft when the editor holds what the draft holds (the editor fires on each key)', () => {
    const before = draft({ trustedSources: [...rows], confirmWholeInternet: false, pendingTrustedSource: '9.9' });
    expect(editTrustedSources(before, edit({ pendingTrustedSource: '9.9' }))).to.equal(before);
    const nothingPending = draft({ trustedSources: [...rows], confirmWholeInternet: false });
    expect(editTrustedSources(nothingPending, edit())).to.equal(nothingPending);
  });

  const cases: [string, Partial<OrderDraft>, Partial<Parameters<typeof editTrustedSources>[1]>, Partial<OrderDraft>][] = [
    ['takes the rows as typed', {}, {}, { trustedSources: rows, confirmWholeInternet: false }],
    ['takes the confirmation', { trustedSources: rows }, { confirmWholeInternet: true }, { trustedSources: rows, confirmWholeInternet: true }],
    ['takes text typed but not added, as typed', {}, { pendingTrustedSource: ' 9.9.9' }, { trustedSources: rows, confirmWholeInternet: false, pendingTrustedSource: ' 9.9.9' }],
    ['an emptied field leaves no pending field behind', { pendingTrustedSource: '9.9.9.9' }, {}, { trustedSources: rows, confirmWholeInternet: false }],
  ];
  for (const [name, before, changes, after] of cases) {
    it(name, () => {
      const { billing: _b, acceptedDocuments: _a, ...rest } = editTrustedSources(draft(before), edit(changes));
      expect(rest).to.deep.equal(after);
      expect(Object.hasOwn(rest, 'pendingTrustedSource')).to.equal(Object.hasOwn(after, 'pendingTrustedSource'));
    });
  }
});

describe('wizard-view: storageSliderValue', () => {
  const rules = { minGb: 50, maxGb: 2000 };
  const cases: [unknown, number][] = [
    [100, 100], ['120', 120], ['50,5', 50.5], ['49', 50], [5000, 2000], ['abc', 50], ['', 50], [undefined, 50], ['1e309', 50],
    ['-10', 50], [Number.NaN, 50], [Infinity, 50],
  ];
  for (const [typed, position] of cases) it(`${JSON.stringify(typed)} → ${position}`, () => expect(storageSliderValue(rules, typed)).to.equal(position));
});

describe('wizard-view: persist mode and key', () => {
  const modes: [unknown, string][] = [['session', 'session'], ['local', 'local'], ['none', 'none'], ['', 'session'], [undefined, 'session'], ['LOCAL', 'session']];
  for (const [value, mode] of modes) it(`persist=${JSON.stringify(value)} → ${mode}`, () => expect(persistMode(value)).to.equal(mode));

  const keys: [Parameters<typeof persistKeyFor>[0], string][] = [
    [{}, 'order-wizard:any:wizard'],
    [{ persistKey: 'shop-a', service: 'harbor', id: 'x' }, 'order-wizard:shop-a'],
    [{ persistKey: '  ', service: 'harbor' }, 'order-wizard:harbor:wizard'],
    [{ service: 'harbor', id: 'checkout' }, 'order-wizard:harbor:checkout'],
    [{ service: null, id: '' }, 'order-wizard:any:wizard'],
    [{ id: 'second' }, 'order-wizard:any:second'],
  ];
  for (const [options, key] of keys) it(`${JSON.stringify(options)} → ${key}`, () => expect(persistKeyFor(options)).to.equal(key));
});

describe('wizard-view: readPresetAttribute', () => {
  const cases: [string | null | undefined, unknown, string[]][] = [
    [undefined, undefined, []],
    [null, undefined, []],
    ['  ', undefined, []],
    ['{"serviceId":"mysql"}', { serviceId: 'mysql' }, []],
    ['[1]', [1], []],
    ['null', null, []],
    ['{serviceId:', undefined, ['preset-not-json']],
    ["{'a':1}", undefined, ['preset-not-json']],
  ];
  for (const [text, value, codes] of cases) {
    it(`${JSON.stringify(text)} → ${JSON.stringify(value)} ${codes.join()}`, () => {
      const result = readPresetAttribute(text);
      expect(result.value).to.deep.equal(value);
      expect(result.problems.map((problem) => problem.code)).to.deep.equal(codes);
    });
  }
});

describe('wizard-view: hasPrice', () => {
  /** name, draft, whether there is a price to show. */
  const rows: [string, Partial<OrderDraft>, boolean][] = [
    ['nothing chosen', {}, false],
    ['a service with its storage minimum, no size', { serviceId: 'keycloak', storageGb: 50 }, false],
    ['a service and a size', { serviceId: 'keycloak', sizeId: 'gp-s' }, true],
    ['a size the service does not have', { serviceId: 'keycloak', sizeId: 'gp-xxl' }, false],
    ['a size without a service', { sizeId: 'gp-s' }, false],
    ['an unknown service', { serviceId: 'oracle', sizeId: 'gp-s' }, false],
  ];
  for (const [name, fields, expected] of rows) {
    it(`${name} → ${expected}`, () => expect(hasPrice(builtInCatalog, draft(fields))).to.equal(expected));
  }
});

describe('wizard-view: statusUrlFor', () => {
  /** name, template, order id, link. */
  const rows: [string, string | null | undefined, string | undefined, string | undefined][] = [
    ['a path with the placeholder', '/orders/{orderId}', 'ord-1', '/orders/ord-1'],
    ['an id that needs encoding', '/orders/{orderId}', 'a b/c?d#e', '/orders/a%20b%2Fc%3Fd%23e'],
    ['the placeholder twice, in a query', 'https://portal.example/status?id={orderId}&ref={orderId}', 'o1', 'https://portal.example/status?id=o1&ref=o1'],
    ['a hash route', '#/orders/{orderId}', 'o1', '#/orders/o1'],
    ['no placeholder: the page itself', '/orders', 'o1', '/orders'],
    ['blanks around it', '  /orders/{orderId} ', 'o1', '/orders/o1'],
    ['http', 'http://intranet.example/orders/{orderId}', 'o1', 'http://intranet.example/orders/o1'],
    ['no template', undefined, 'o1', undefined],
    ['an empty template', '', 'o1', undefined],
    ['null (attribute removed)', null, 'o1', undefined],
    ['no order id', '/orders/{orderId}', undefined, undefined],
    ['a javascript: URL', 'javascript:alert({orderId})', 'o1', undefined],
    ['a JavaScript: URL in capitals with blanks', ' JavaScript:alert(1)', 'o1', undefined],
    ['a data: URL', 'data:text/html,{orderId}', 'o1', undefined],
    ['an id that would make a scheme', '{orderId}', 'javascript:alert(1)', 'javascript%3Aalert(1)'],
  ];
  for (const [name, template, orderId, expected] of rows) {
    it(`${name} → ${expected}`, () => expect(statusUrlFor(template, orderId)).to.equal(expected));
  }
});
