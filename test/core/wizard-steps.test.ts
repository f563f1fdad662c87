import { expect } from '@open-wc/testing';
import { builtInCatalog } from '../../src/catalogs/built-in-catalog.js';
import { buildOrder, emptyDraft, type OrderDraft } from '../../src/core/wizard-draft.js';
import {
  STEP_IDS, autoChoices, canVisit, completedAndVisited, completedSteps, firstStepWithIssues, issuesByStep, resumeStep, stepForPath, stepIssues,
  stepsFor, stepStatus, type StepId,
} from '../../src/core/wizard-steps.js';
import { ACCEPTED_AT, catalogWith, completeDraft, KEY, service } from './wizard.fixtures.js';
import { describeIssue } from '../../src/i18n/describe-issue.js';

// Catalogs are changed freely here, as an integrator's JSON would be.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = any;

const NOW = new Date('2026-11-21T10:00:00Z');
const ALL = [...STEP_IDS];
const without = (...hidden: StepId[]) => ALL.filter((step) => !hidden.includes(step));


/** Only Cologne, with the given zones; sizes no longer limited to it. */
const westOnly = (zones: number) => (input: Raw) => {
  input.regions = input.regions.filter((region: Raw) => region.id === 'de-west-1');
  input.regions[0].availabilityZones = input.regions[0].availabilityZones.slice(0, zones);
};
/** Harbor offered in Cologne only, which keeps one zone; the other services stay in both regions. */
const harborWestOneZone = (input: Raw) => {
  input.regions[1].offers = input.regions[1].offers.filter((offer: Raw) => offer.service !== 'harbor');
  input.regions[0].availabilityZones = input.regions[0].availabilityZones.slice(0, 1);
};
const singleVersion = (id: string) => (input: Raw) => {
  const entry = input.services.find((candidate: Raw) => candidate.id === id);
  entry.versions = entry.versions.slice(0, 1);
};
/** No option shows in the service step (the built-in catalog's instance name does). */
const noServiceStepOption = (input: Raw) => {
  input.options = input.options.filter((option: Raw) => option.showIn !== 'service');
  for (const entry of input.services) if (entry.options) entry.options = entry.options.filter((option: Raw) => option.showIn !== 'service');
};

/** The built-in PostgreSQL order as a customer completes it: PostgreSQL 16, M, 100 GB, two sources, Cologne A, new profile. */
function postgresDraft(): OrderDraft {
  return { ...completeDraft(builtInCatalog, service('postgresql')), version: '16', sizeId: 'gp-m', storageGb: '100' };
}

const pairs = (issues: ReadonlyArray<{ path: string; code: string }>) => issues.map((issue) => [issue.path, issue.code]);

describe('wizard-steps: stepsFor', () => {
  /** name, catalog change, draft, preselected service, visible steps. */
  const rows: [string, (input: Raw) => void, Partial<OrderDraft>, string | undefined, StepId[]][] = [
    // The Options step shows once the service is known to have options of its own step.
    ['the built-in catalog, nothing chosen', () => {}, {}, undefined, without('options')],
    ['a preselected service with four versions keeps its step (for the version)', () => {}, {}, 'postgresql', ALL],
    ['a preselected service with one version, its instance name in the service step', singleVersion('postgresql'), {}, 'postgresql', ALL],
    ['a preselected service with one version, no option in the service step', (input) => (singleVersion('postgresql')(input), noServiceStepOption(input)), {}, 'postgresql', without('service')],
    ['an unknown preselected service', singleVersion('postgresql'), {}, 'oracle', without('options')],
    ['a single-version service chosen, not preselected', singleVersion('postgresql'), { serviceId: 'postgresql' }, undefined, ALL],
    ['the only service of a catalog, with one version', (input) => {
      input.services = input.services.filter((entry: Raw) => entry.id === 'keycloak');
      input.services[0].versions = ['26'];
      for (const region of input.regions) region.offers = [{ service: 'keycloak' }];
      input.documents = input.documents.filter((doc: Raw) => !doc.kinds || doc.kinds.includes('iam'));
      input.options = input.options.filter((option: Raw) => !option.services);
      noServiceStepOption(input);
    }, {}, undefined, without('service', 'options')],
    ['one region with three zones', westOnly(3), { serviceId: 'postgresql' }, undefined, ALL],
    ['one region with one zone', westOnly(1), { serviceId: 'postgresql' }, undefined, without('region')],
    ['one region without zones', westOnly(0), { serviceId: 'postgresql' }, undefined, without('region')],
    ['one region, no service chosen yet', westOnly(1), {}, undefined, without('region', 'options')],
    ['Keycloak, whose options show in the service and size steps', () => {}, { serviceId: 'keycloak' }, undefined, without('options')],
    ['a service offered in one region with one zone', harborWestOneZone, { serviceId: 'harbor' }, undefined, without('region')],
    ['another service of that catalog, offered in two regions', harborWestOneZone, { serviceId: 'postgresql' }, undefined, ALL],
    ['both skipped', (input) => (singleVersion('harbor')(input), harborWestOneZone(input), noServiceStepOption(input)), {}, 'harbor', without('service', 'region')],
  ];
  for (const [name, change, draft, preselectedService, expected] of rows) {
    it(`${name} → ${expected.join(', ')}`, () => {
      const steps = stepsFor(catalogWith(change), { ...emptyDraft(), ...draft }, { preselectedService });
      expect(steps).to.deep.equal(expected);
    });
  }
});

describe('wizard-steps: autoChoices', () => {
  /** name, catalog change, draft, preselected service, the fields expected afterwards. */
  const rows: [string, (input: Raw) => void, Partial<OrderDraft>, string | undefined, Partial<OrderDraft>][] = [
    ['nothing is forced in the built-in catalog', () => {}, {}, undefined,
      { serviceId: undefined, version: undefined, nodeTypeId: undefined, regionId: undefined, availabilityZoneId: undefined }],
    ['a preselected service is filled in, its default version left to the customer', () => {}, {}, 'postgresql',
      { serviceId: 'postgresql', version: undefined }],
    ['a preselected service replaces another and drops its choices (no other service is offered)', () => {},
      { serviceId: 'mysql', version: '8.0', nodeTypeId: 'memory-optimised', sizeId: 'mo-m', regionId: 'de-north-1' }, 'postgresql',
      { serviceId: 'postgresql', version: undefined, nodeTypeId: undefined, sizeId: undefined, regionId: 'de-north-1' }],
    ['the only service of a catalog is filled in, its versions left to the customer',
      (input) => {
        input.services = input.services.slice(0, 1);
        for (const region of input.regions) region.offers = [{ service: 'keycloak' }];
        input.options = input.options.filter((option: Raw) => !option.services);
      }, {}, undefined, { serviceId: 'keycloak', version: undefined }],
    ['an unknown preselected service fixes nothing', () => {}, { serviceId: 'mysql' }, 'oracle', { serviceId: 'mysql' }],
    ['a forced service with its single version', singleVersion('postgresql'), {}, 'postgresql', { serviceId: 'postgresql', version: '17' }],
    ['a forced service replaces another and drops its choices', singleVersion('postgresql'),
      { serviceId: 'mysql', version: '8.0', nodeTypeId: 'memory-optimised', sizeId: 'mo-m', regionId: 'de-north-1' }, 'postgresql',
      { serviceId: 'postgresql', version: '17', nodeTypeId: undefined, sizeId: undefined, regionId: 'de-north-1' }],
    ['the node type of the chosen size', () => {}, { serviceId: 'harbor', sizeId: 'mo-l' }, undefined, { nodeTypeId: 'memory-optimised' }],
    ['a single node type', (input) => {
      for (const entry of input.services) {
        entry.nodeTypes = entry.nodeTypes.slice(0, 1);
        entry.sizes = entry.sizes.filter((size: Raw) => size.nodeType === 'general-purpose');
      }
      input.regions[1].offers[4].sizes = ['gp-s'];
    }, { serviceId: 'keycloak' }, undefined, { nodeTypeId: 'general-purpose' }],
    ['a single region and its single zone', westOnly(1), { serviceId: 'postgresql' }, undefined,
      { regionId: 'de-west-1', availabilityZoneId: 'de-west-1a' }],
    ['a single region, the zone left to the customer', westOnly(3), { serviceId: 'postgresql' }, undefined,
      { regionId: 'de-west-1', availabilityZoneId: undefined }],
    ['a chosen region with a single zone', (input) => input.regions[1].availabilityZones.pop(), { serviceId: 'postgresql', regionId: 'de-north-1' },
      undefined, { availabilityZoneId: 'de-north-1a' }],
    ["a zone the customer chose is kept", (input) => input.regions[1].availabilityZones.pop(),
      { serviceId: 'postgresql', regionId: 'de-north-1', availabilityZoneId: 'de-north-1b' }, undefined, { availabilityZoneId: 'de-north-1b' }],
  ];
  for (const [name, change, draft, preselectedService, expected] of rows) {
    it(name, () => {
      const input = { ...emptyDraft(), ...draft };
      const before = structuredClone(input);
      const result = autoChoices(catalogWith(change), input, { preselectedService });
      for (const [key, value] of Object.entries(expected)) expect(result[key as keyof OrderDraft], key).to.deep.equal(value);
      expect(input).to.deep.equal(before);
    });
  }
});

describe('wizard-steps: stepForPath', () => {
  const rows: [string, StepId][] = [
    ['serviceId', 'service'], ['version', 'service'], ['nodeTypeId', 'size'], ['sizeId', 'size'], ['storageGb', 'storage'],
    ['trustedSources', 'trusted-sources'], ['trustedSources[3]', 'trusted-sources'], ['trustedSources[0].label', 'trusted-sources'],
    ['trustedSourcesConfirmWholeInternet', 'trusted-sources'], ['regionId', 'region'], ['availabilityZoneId', 'region'],
    ['billingProfile', 'billing'], ['billingProfile.id', 'billing'], ['billingProfile.new.email', 'billing'],
    ['acceptedDocuments', 'summary'], ['acceptedDocuments[1].version', 'summary'], ['acceptedDocuments.terms', 'summary'],
    ['meta.partner', 'summary'], ['', 'summary'], ['constructor', 'summary'], ['__proto__', 'summary'], ['services', 'summary'],
  ];
  for (const [path, step] of rows) {
    it(`${JSON.stringify(path)} → ${step}`, () => expect(stepForPath(path)).to.equal(step));
  }
});

describe('wizard-steps: stepIssues', () => {
  const options = { now: NOW, billingProfiles: [{ id: 'bp-1' }] };

  it('a complete draft has no issue on any step', () => {
    const byStep = issuesByStep(builtInCatalog, postgresDraft(), options);
    for (const step of STEP_IDS) expect(byStep[step], step).to.deep.equal([]);
    expect(firstStepWithIssues(builtInCatalog, postgresDraft(), ALL, options)).to.equal(undefined);
  });

  it('an empty draft has issues on every step but the summary (no service, so no documents yet)', () => {
    const byStep = issuesByStep(builtInCatalog, emptyDraft(), options);
    expect(pairs(byStep.service)).to.deep.equal([['serviceId', 'required'], ['version', 'required']]);
    expect(pairs(byStep.size)).to.deep.equal([['nodeTypeId', 'required'], ['sizeId', 'required']]);
    expect(pairs(byStep.storage)).to.deep.equal([['storageGb', 'storage-not-a-number']]);
    expect(pairs(byStep['trusted-sources'])).to.deep.equal([['trustedSources', 'none']]);
    expect(pairs(byStep.region)).to.deep.equal([['regionId', 'required']]);
    expect(pairs(byStep.billing)).to.deep.equal([['billingProfile', 'billing-profile-missing']]);
    expect(pairs(byStep.summary)).to.deep.equal([]);
  });

  /** step, name, how to break the complete draft, the [path, code] of each issue on that step. */
  type Row = [StepId, string, (draft: OrderDraft) => void, string[][]];
  const rows: Row[] = [
    ['service', 'no service', (d) => delete d.serviceId, [['serviceId', 'required']]],
    ['service', 'no version', (d) => delete d.version, [['version', 'required']]],
    ['service', 'a version gone', (d) => (d.version = '9.6'), [['version', 'unknown-version']]],
    ['size', 'no size', (d) => delete d.sizeId, [['sizeId', 'required']]],
    ['size', 'a size of another node type', (d) => (d.nodeTypeId = 'memory-optimised'), [['sizeId', 'size-node-type-mismatch']]],
    ['size', 'no node type: the size names it', (d) => delete d.nodeTypeId, []],
    ['storage', "'49'", (d) => (d.storageGb = '49'), [['storageGb', 'storage-below-minimum']]],
    ['storage', "'50.5'", (d) => (d.storageGb = '50.5'), [['storageGb', 'storage-off-step']]],
    ['storage', "'abc'", (d) => (d.storageGb = 'abc'), [['storageGb', 'storage-not-a-number']]],
    ['storage', "''", (d) => (d.storageGb = ''), [['storageGb', 'storage-not-a-number']]],
    ['storage', '1e309 (Infinity)', (d) => (d.storageGb = 1e309), [['storageGb', 'storage-not-a-number']]],
    ['storage', "'1e3'", (d) => (d.storageGb = '1e3'), [['storageGb', 'storage-not-a-number']]],
    ['storage', "'2010'", (d) => (d.storageGb = '2010'), [['storageGb', 'storage-above-maximum']]],
    ['storage', "' 60 '", (d) => (d.storageGb = ' 60 '), []],
    ['storage', '2000 (the maximum)', (d) => (d.storageGb = 2000), []],
    ['trusted-sources', 'no rows', (d) => (d.trustedSources = []), [['trustedSources', 'none']]],
    ['trusted-sources', 'only a blank row', (d) => (d.trustedSources = [{ address: ' ' }]), [['trustedSources', 'none']]],
    ['trusted-sources', 'a row invalid as typed', (d) => d.trustedSources.splice(1, 0, { address: '1.2.3' }), [['trustedSources[1]', 'shortened-ipv4']]],
    ['trusted-sources', 'a blank row among others', (d) => d.trustedSources.push({ address: '' }), [['trustedSources[2]', 'empty']]],
    ['trusted-sources', 'a duplicate', (d) => d.trustedSources.push({ address: '123.123.123.123' }),
      [['trustedSources[0]', 'duplicate'], ['trustedSources[2]', 'duplicate']]],
    ['trusted-sources', 'the whole internet (not allowed)', (d) => d.trustedSources.push({ address: '0.0.0.0/0' }), [['trustedSources[2]', 'whole-internet']]],
    ['trusted-sources', 'a label too long', (d) => (d.trustedSources[0]!.label = 'x'.repeat(101)), [['trustedSources[0].label', 'text-too-long']]],
    ['trusted-sources', 'host bits set: sent canonical, no issue', (d) => (d.trustedSources[1]!.address = '222.222.222.130/28'), []],
    ['trusted-sources', 'nothing typed but not added', (d) => (d.pendingTrustedSource = ''), []],
    ['trusted-sources', 'only spaces typed but not added', (d) => (d.pendingTrustedSource = ' \t '), []],
    ['trusted-sources', "' 9.9.9.9 ' typed but not added", (d) => (d.pendingTrustedSource = ' 9.9.9.9 '),
      [['trustedSources', 'trusted-source-not-added']]],
    ['trusted-sources', "'abc' typed but not added: not added, not a parse error", (d) => (d.pendingTrustedSource = 'abc'),
      [['trustedSources', 'trusted-source-not-added']]],
    ['trusted-sources', 'an address already listed, typed but not added', (d) => (d.pendingTrustedSource = d.trustedSources[0]!.address),
      [['trustedSources', 'trusted-source-not-added']]],
    ['region', 'no region', (d) => (delete d.regionId, delete d.availabilityZoneId), [['regionId', 'required']]],
    ['region', 'a zone of another region', (d) => (d.availabilityZoneId = 'de-north-1a'), [['availabilityZoneId', 'unknown-availability-zone']]],
    ['region', 'a size not offered in the region (explained on the region step)',
      (d) => ((d.sizeId = 'gp-xl'), (d.regionId = 'de-north-1'), (d.availabilityZoneId = 'de-north-1a')), [['regionId', 'size-not-in-region']]],
    ['billing', 'no choice', (d) => delete d.billing.mode, [['billingProfile', 'billing-profile-missing']]],
    ['billing', 'existing, none picked', (d) => (d.billing.mode = 'existing'), [['billingProfile.id', 'billing-profile-missing']]],
    ['billing', 'existing, unknown to the host', (d) => ((d.billing.mode = 'existing'), (d.billing.profileId = 'bp-9')),
      [['billingProfile.id', 'unknown-billing-profile']]],
    ['billing', 'existing, known', (d) => ((d.billing.mode = 'existing'), (d.billing.profileId = 'bp-1')), []],
    ['billing', 'new profile incomplete', (d) => ((d.billing.newProfile.email = 'erika@'), (d.billing.newProfile.city = ' '), (d.billing.newProfile.country = 'XX')),
      [['billingProfile.new.email', 'email-invalid'], ['billingProfile.new.city', 'city-missing'], ['billingProfile.new.country', 'country-unknown']]],
    ['billing', 'new profile with an invalid VAT id', (d) => (d.billing.newProfile.vatId = '12'), [['billingProfile.new.vatId', 'vat-id-invalid']]],
    ['summary', 'no document confirmed', (d) => (d.acceptedDocuments = {}),
      [['acceptedDocuments.terms', 'document-not-accepted'], ['acceptedDocuments.dpa', 'document-not-accepted'],
        ['acceptedDocuments["service-description-database"]', 'document-not-accepted']]],
    ['summary', 'one document unconfirmed', (d) => delete d.acceptedDocuments.dpa, [['acceptedDocuments.dpa', 'document-not-accepted']]],
    ['summary', 'a document accepted in an old version', (d) => (d.acceptedDocuments.terms = { version: '2', acceptedAt: ACCEPTED_AT }),
      [['acceptedDocuments.terms', 'document-version-outdated']]],
    ['summary', 'a document accepted in the future', (d) => (d.acceptedDocuments.dpa = { version: '2.1', acceptedAt: '2026-11-21T11:00:00Z' }),
      [['acceptedDocuments.dpa', 'document-accepted-in-future']]],
    ['summary', 'a partner name too long', (d) => (d.partner = 'p'.repeat(101)), [['meta.partner', 'text-too-long']]],
  ];
  for (const [step, name, breakIt, expected] of rows) {
    it(`${step}: ${name} → ${expected.map(([path, code]) => `${path} ${code}`).join(', ') || 'none'}`, () => {
      const draft = postgresDraft();
      breakIt(draft);
      const issues = stepIssues(builtInCatalog, draft, step, options);
      expect(pairs(issues)).to.deep.equal(expected);
      for (const issue of issues) expect(describeIssue(issue)).to.be.a('string').and.not.match(/^$|\{\w+\}/);
      // Nothing else broke: the issue is on this step only.
      const elsewhere = STEP_IDS.filter((other) => other !== step).flatMap((other) => stepIssues(builtInCatalog, draft, other, options));
      expect(pairs(elsewhere)).to.deep.equal([]);
    });
  }

  it('an address typed but not added: its trimmed text in the params and the message; never in the order', () => {
    const draft = { ...postgresDraft(), pendingTrustedSource: ' 9.9.9.9 ' };
    const issues = stepIssues(builtInCatalog, draft, 'trusted-sources', options);
    expect(issues).to.deep.equal([{ path: 'trustedSources', code: 'trusted-source-not-added', params: { address: '9.9.9.9' } }]);
    expect(describeIssue(issues[0]!)).to.equal('9.9.9.9 has not been added yet: press Add, or clear the field.');
    expect(JSON.stringify(buildOrder(builtInCatalog, draft, { idempotencyKey: KEY }))).not.to.contain('9.9.9.9');
  });

  it('an address typed but not added comes after the problems of the rows, on the same step', () => {
    const draft = { ...postgresDraft(), trustedSources: [], pendingTrustedSource: '9.9.9.9' };
    expect(pairs(stepIssues(builtInCatalog, draft, 'trusted-sources', options))).to.deep.equal([
      ['trustedSources', 'none'], ['trustedSources', 'trusted-source-not-added'],
    ]);
  });

  it('whole internet where the catalog allows it: blocked until confirmed', () => {
    const catalog = catalogWith((input) => (input.trustedSources.allowAnyAddress = true));
    const draft = { ...postgresDraft(), trustedSources: [{ address: '0.0.0.0/0' }] };
    expect(pairs(stepIssues(catalog, draft, 'trusted-sources', options))).to.deep.equal([['trustedSourcesConfirmWholeInternet', 'whole-internet-not-confirmed']]);
    expect(stepIssues(catalog, { ...draft, confirmWholeInternet: true }, 'trusted-sources', options)).to.deep.equal([]);
  });

  it('an issue of a hidden step is shown on the summary', () => {
    const catalog = catalogWith(westOnly(1));
    const draft = { ...postgresDraft(), regionId: undefined, availabilityZoneId: undefined };
    const steps = stepsFor(catalog, draft);
    expect(steps).to.deep.equal(without('region'));
    expect(pairs(stepIssues(catalog, draft, 'summary', { ...options, steps }))).to.deep.equal([['regionId', 'required']]);
    expect(firstStepWithIssues(catalog, draft, steps, options)).to.equal('summary');
    expect(firstStepWithIssues(catalog, autoChoices(catalog, draft), steps, options)).to.equal(undefined);
  });

  /** name, how to break the draft, the first visible step with issues. */
  const first: [string, (draft: OrderDraft) => void, StepId][] = [
    ['storage and billing broken', (d) => ((d.storageGb = 'x'), delete d.billing.mode), 'storage'],
    ['region and documents broken', (d) => (delete d.regionId, (d.acceptedDocuments = {})), 'region'],
    ['only documents', (d) => (d.acceptedDocuments = {}), 'summary'],
    ['size and trusted sources', (d) => (delete d.sizeId, (d.trustedSources = [])), 'size'],
    ['only an address typed but not added', (d) => (d.pendingTrustedSource = '9.9.9.9'), 'trusted-sources'],
    ['an address typed but not added and no documents', (d) => ((d.pendingTrustedSource = '9.9.9.9'), (d.acceptedDocuments = {})), 'trusted-sources'],
  ];
  for (const [name, breakIt, expected] of first) {
    it(`firstStepWithIssues: ${name} → ${expected}`, () => {
      const draft = postgresDraft();
      breakIt(draft);
      expect(firstStepWithIssues(builtInCatalog, draft, ALL, options)).to.equal(expected);
    });
  }

  it('completedSteps lists the steps without issues; the summary only when the whole order is valid', () => {
    const draft = postgresDraft();
    draft.storageGb = 'x';
    expect([...completedSteps(builtInCatalog, draft, ALL, options)]).to.deep.equal(['service', 'size', 'trusted-sources', 'region', 'options', 'billing']);
    expect([...completedSteps(builtInCatalog, postgresDraft(), ALL, options)]).to.deep.equal(ALL);
    const notAdded = { ...postgresDraft(), pendingTrustedSource: '9.9.9.9' };
    expect([...completedSteps(builtInCatalog, notAdded, ALL, options)]).to.deep.equal(['service', 'size', 'storage', 'region', 'options', 'billing']);
  });
});

describe('wizard-steps: stepStatus', () => {
  const drafts: [string, OrderDraft][] = [
    ['an empty draft', emptyDraft()],
    ['a service with an invalid storage and an invalid trusted source', {
      ...emptyDraft(), serviceId: 'harbor', version: '2.13', storageGb: 'abc', trustedSources: [{ address: '999.1.1.1' }],
    }],
    ['a single-region service', { ...emptyDraft(), serviceId: 'keycloak' }],
  ];
  for (const [name, draft] of drafts) {
    it(`gives for ${name} what stepsFor, issuesByStep and completedSteps give`, () => {
      const options = { preselectedService: 'keycloak', billingProfiles: [{ id: 'p-1' }] };
      const steps = stepsFor(builtInCatalog, draft, options);
      expect(stepStatus(builtInCatalog, draft, options)).to.deep.equal({
        steps,
        issues: issuesByStep(builtInCatalog, draft, { ...options, steps }),
        done: completedSteps(builtInCatalog, draft, steps, options),
      });
    });
  }
});

describe('wizard-steps: completedAndVisited', () => {
  const set = (...steps: StepId[]) => new Set<StepId>(steps);
  /** name, valid steps, visited steps, shown as completed. */
  const rows: [string, Set<StepId>, Set<StepId>, StepId[]][] = [
    ['a service chosen: storage valid by its default, never visited', set('service', 'storage', 'region'), set('service'), ['service']],
    ['visited but invalid', set('service'), set('service', 'size'), ['service']],
    ['visited and valid', set('service', 'size', 'storage'), set('service', 'size', 'storage'), ['service', 'size', 'storage']],
    ['nothing visited', set(...ALL), set(), []],
  ];
  for (const [name, done, visited, expected] of rows) {
    it(`${name} → ${expected.join(', ') || 'none'}`, () => expect([...completedAndVisited(done, visited)]).to.deep.equal(expected));
  }
});

describe('wizard-steps: canVisit and resumeStep', () => {
  const done = (...steps: StepId[]) => new Set<StepId>(steps);
  /** name, steps, target, completed, visited, may visit. */
  const rows: [string, StepId[], StepId, Set<StepId>, Set<StepId>, boolean][] = [
    ['the first step, nothing done', ALL, 'service', done(), done(), true],
    ['the next step after a completed one', ALL, 'size', done('service'), done(), true],
    ['skipping ahead past an incomplete step', ALL, 'storage', done('service'), done(), false],
    ['back to a finished step', ALL, 'service', done('service', 'size'), done('service', 'size'), true],
    ['a visited step after an earlier one broke', ALL, 'region', done('service', 'size'), done('service', 'size', 'storage', 'trusted-sources', 'region'), true],
    ['the summary with all earlier steps complete', ALL, 'summary', done('service', 'size', 'storage', 'trusted-sources', 'region', 'options', 'billing'), done(), true],
    ['a hidden step', without('region'), 'region', done(...ALL), done(...ALL), false],
    ['the step after a hidden one', without('service'), 'storage', done('size'), done(), true],
  ];
  for (const [name, steps, target, completed, visited, expected] of rows) {
    it(`canVisit: ${name} → ${expected}`, () => expect(canVisit(steps, target, completed, visited)).to.equal(expected));
  }

  /** name, steps, saved step, completed, visited, step shown. */
  const resume: [string, StepId[], unknown, Set<StepId>, Set<StepId>, StepId][] = [
    ['the saved step', ALL, 'storage', done('service', 'size'), done('service', 'size', 'storage'), 'storage'],
    ['a saved step now hidden', without('region'), 'region', done('service', 'size', 'storage'), done(), 'trusted-sources'],
    ['a saved step out of reach after a catalog change', ALL, 'billing', done('service', 'storage', 'trusted-sources'), done(), 'size'],
    ['no valid step saved', ALL, 'payment', done(), done(), 'service'],
    ['everything complete', ALL, 42, done(...ALL), done(), 'summary'],
  ];
  for (const [name, steps, saved, completed, visited, expected] of resume) {
    it(`resumeStep: ${name} → ${expected}`, () => expect(resumeStep(steps, saved, () => completed, visited)).to.equal(expected));
  }

  it('resumeStep: the first visible step, without asking which steps are complete', () => {
    const unknown = () => {
      throw new Error('asked which steps are complete');
    };
    expect(resumeStep(without('service'), 'size', unknown)).to.equal('size');
    expect(() => resumeStep(without('service'), 'storage', unknown)).to.throw('asked which steps are complete');
  });
});
