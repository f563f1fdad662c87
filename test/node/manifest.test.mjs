// The custom-elements manifest and the editor data made from it, as an integrator's tools read them (needs
// `npm run build`): dist/custom-elements.json (package.json `customElements`, export `order-widgets/custom-elements.json`),
// VS Code's custom data and JetBrains' web-types.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const readJson = (file) => {
  assert.ok(existsSync(join(dist, file)), `dist/${file} is missing: run npm run build first`);
  return JSON.parse(readFileSync(join(dist, file), 'utf8'));
};
const manifest = readJson('custom-elements.json');

const TAGS = ['order-wizard', 'trusted-sources-editor', 'node-size-picker', 'order-status-badge'];
const FORM_CONTROLS = ['trusted-sources-editor', 'node-size-picker'];
const element = (tag) => {
  const found = manifest.modules.flatMap((doc) => doc.declarations ?? []).find((decl) => decl.tagName === tag);
  assert.ok(found, `<${tag}> is not in the manifest`);
  return found;
};
const byName = (items = []) => Object.fromEntries(items.map((item) => [item.name, item]));
/** The element's own source files (its folder), without the styles. */
const sources = (tag) =>
  readdirSync(join(root, 'src/elements', tag), { recursive: true })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.styles.ts'))
    .map((file) => readFileSync(join(root, 'src/elements', tag, file), 'utf8'))
    .join('\n');
const styles = (tag) => readFileSync(join(root, 'src/elements', tag, `${tag}.styles.ts`), 'utf8');

describe('dist/custom-elements.json', () => {
  test('is the package’s `customElements` and its export order-widgets/custom-elements.json (require.resolve works)', () => {
    const file = join(dist, 'custom-elements.json');
    assert.equal(join(root, pkg.customElements), file);
    assert.equal(createRequire(import.meta.url).resolve('order-widgets/custom-elements.json'), file);
    assert.equal(fileURLToPath(import.meta.resolve('order-widgets/custom-elements.json')), file);
  });

  test('lists the four elements, each in its module, registered by define.ts', () => {
    for (const tag of TAGS) assert.equal(element(tag).customElement, true, tag);
    const definitions = manifest.modules.find((doc) => doc.path === 'src/define.ts').exports.filter((e) => e.kind === 'custom-element-definition');
    assert.deepEqual(definitions.map((e) => e.name).sort(), [...TAGS].sort());
  });

  test('every event has its type: CustomEvent<…Detail> for the domain events, Event for input and change', () => {
    const expected = {
      'order-wizard': {
        'order-ready': 'CustomEvent<OrderReadyDetail>',
        'order-step-change': 'CustomEvent<OrderStepChangeDetail>',
        'order-change': 'CustomEvent<OrderChangeDetail>',
        'order-submit': 'CustomEvent<OrderSubmitDetail>',
        'order-placed': 'CustomEvent<OrderPlacedDetail>',
        'order-config-error': 'CustomEvent<OrderConfigErrorDetail>',
      },
      'order-status-badge': { 'order-status-change': 'CustomEvent<OrderStatusChangeDetail>' },
      'trusted-sources-editor': { input: 'Event', change: 'Event' },
      'node-size-picker': { input: 'Event', change: 'Event' },
    };
    for (const tag of TAGS) {
      const events = element(tag).events ?? [];
      assert.deepEqual(Object.fromEntries(events.map((event) => [event.name, event.type?.text])), expected[tag], tag);
      for (const event of events) assert.ok(event.description, `${tag} ${event.name} has a description`);
    }
  });

  test('every attribute has a type and its property; lang is a string attribute of every element', () => {
    for (const tag of TAGS) {
      for (const attribute of element(tag).attributes ?? []) {
        assert.ok(attribute.type?.text, `${tag} [${attribute.name}] has a type`);
        assert.ok(attribute.fieldName, `${tag} [${attribute.name}] names its property`);
        assert.ok(attribute.description, `${tag} [${attribute.name}] has a description`);
      }
      const lang = byName(element(tag).attributes).lang;
      assert.deepEqual([lang?.type.text, lang?.fieldName], ['string', 'lang'], tag);
    }
    const wizard = byName(element('order-wizard').attributes);
    assert.deepEqual(Object.keys(wizard).sort(), ['catalog-url', 'lang', 'partner', 'persist', 'persist-key', 'preset', 'service', 'status-stream-url', 'status-url', 'submit-timeout']);
    assert.deepEqual(wizard.persist.type, { text: "'session' | 'local' | 'none'" });
    assert.deepEqual([wizard['submit-timeout'].type.text, wizard['submit-timeout'].fieldName], ['number', 'submitTimeout']);
    const badge = byName(element('order-status-badge').attributes);
    assert.deepEqual([badge['poll-interval'].type.text, badge.live.type.text], ['number', 'boolean']);
    assert.deepEqual([badge['stream-url'].type.text, badge['stream-url'].fieldName], ['string | undefined', 'streamUrl']);
    assert.equal(byName(element('trusted-sources-editor').attributes).value.fieldName, 'defaultValue');
  });

  test('defaults are values, not the names of constants, and numbers have no separators', () => {
    const defaults = (tag, list) => Object.fromEntries((element(tag)[list] ?? []).filter((item) => 'default' in item).map((item) => [item.name, item.default]));
    assert.equal(defaults('order-status-badge', 'attributes')['poll-interval'], '5000');
    assert.equal(defaults('order-status-badge', 'attributes')['request-timeout'], '10000');
    assert.equal(defaults('order-status-badge', 'members').pollInterval, '5000');
    assert.equal(defaults('order-wizard', 'attributes')['submit-timeout'], '30000');
    assert.equal(defaults('order-wizard', 'members').submitTimeout, '30000');
    assert.equal(defaults('order-wizard', 'attributes').persist, "'session'");
    assert.equal(defaults('node-size-picker', 'attributes').currency, "'EUR'");
    assert.equal(defaults('node-size-picker', 'attributes').required, 'false');
    for (const tag of TAGS) {
      for (const list of ['attributes', 'members', 'cssProperties']) {
        for (const [name, value] of Object.entries(defaults(tag, list))) {
          assert.doesNotMatch(value, /^(?!true$|false$|null$|undefined$)[A-Za-z_$][\w$.]*$/, `${tag} ${name}: ${value} is a name`);
          assert.doesNotMatch(value, /\d_\d/, `${tag} ${name}: ${value}`);
        }
      }
    }
  });

  test('the form controls list their custom states, inherited from the form-associated base, and what they inherit', () => {
    const states = readFileSync(join(root, 'src/controllers/form-associated.ts'), 'utf8').matchAll(/toggleState\('([\w-]+)'/g);
    const inSource = [...states].map(([, name]) => name).sort();
    assert.deepEqual(inSource, ['disabled', 'user-invalid']);
    for (const tag of FORM_CONTROLS) {
      const control = element(tag);
      assert.deepEqual((control.cssStates ?? []).map((state) => state.name).sort(), inSource, tag);
      for (const state of control.cssStates) assert.match(state.description, /\S/, `${tag} :state(${state.name})`);
      const attributes = byName(control.attributes);
      for (const name of ['name', 'required', 'disabled']) assert.equal(attributes[name]?.inheritedFrom?.name, 'FormAssociatedElement', `${tag} [${name}]`);
      const members = byName(control.members);
      for (const name of ['form', 'labels', 'validity', 'validationMessage', 'willValidate']) assert.equal(members[name]?.readonly, true, `${tag}.${name}`);
      for (const name of ['checkValidity', 'reportValidity']) assert.equal(members[name]?.kind, 'method', `${tag}.${name}()`);
    }
    for (const tag of ['order-wizard', 'order-status-badge']) assert.deepEqual(element(tag).cssStates ?? [], [], tag);
  });

  test('parts: each element’s list, and every part its templates render is listed', () => {
    const expected = {
      'order-wizard': ['base', 'step', 'label', 'hint', 'error', 'control', 'option'],
      'trusted-sources-editor': ['base', 'label', 'hint', 'error', 'row', 'control', 'button'],
      'node-size-picker': ['base', 'label', 'hint', 'error', 'control', 'option'],
      'order-status-badge': ['base', 'icon', 'label', 'message'],
    };
    for (const tag of TAGS) {
      const parts = (element(tag).cssParts ?? []).map((part) => part.name);
      assert.deepEqual(parts, expected[tag], tag);
      for (const [, name] of sources(tag).matchAll(/part="([\w-]+)"/g)) assert.ok(parts.includes(name), `${tag}: part "${name}" is not listed`);
    }
  });

  test('CSS properties: each with its fallback as default, exactly the ones the styles read', () => {
    for (const tag of TAGS) {
      const listed = byName(element(tag).cssProperties);
      const read = new Set([...styles(tag).matchAll(new RegExp(`var\\((--${tag}-[\\w-]+),`, 'g'))].map(([, name]) => name));
      assert.deepEqual(Object.keys(listed).sort(), [...read].sort(), tag);
      for (const property of Object.values(listed)) {
        assert.ok(property.default && property.default !== 'undefined', `${property.name} has a default`);
        assert.ok(property.description, `${property.name} has a description`);
      }
    }
    const wizard = byName(element('order-wizard').cssProperties);
    assert.equal(wizard['--order-wizard-max-width'].default, '64rem');
    assert.equal(wizard['--order-wizard-accent'].default, 'var(--ow-color-primary)');
    assert.equal(byName(element('order-status-badge').cssProperties)['--order-status-badge-padding'].default, 'calc(var(--ow-space) * 0.75) var(--ow-space)');
  });

  test('slots: none, as no element renders a <slot>', () => {
    for (const tag of TAGS) {
      assert.doesNotMatch(sources(tag), /<slot\b/, tag);
      assert.deepEqual(element(tag).slots ?? [], [], tag);
    }
  });
});

describe('editor data', () => {
  test('VS Code: the four tags with their attributes and the choices of persist; CSS properties, parts and states', () => {
    const html = readJson('vscode.html-custom-data.json');
    assert.deepEqual(html.tags.map((tag) => tag.name).sort(), [...TAGS].sort());
    const wizard = html.tags.find((tag) => tag.name === 'order-wizard');
    const attributes = byName(wizard.attributes);
    assert.deepEqual(attributes.persist.values.map((value) => value.name), ['session', 'local', 'none']);
    // A JSON attribute offers no made-up value (the generator would offer its type's name).
    assert.deepEqual(byName(html.tags.find((tag) => tag.name === 'node-size-picker').attributes)['node-types'].values, []);
    assert.match(wizard.description, /order-submit/);

    const css = readJson('vscode.css-custom-data.json');
    const properties = byName(css.properties);
    assert.match(properties['--order-wizard-accent'].description, /Current step/);
    assert.ok(properties['--order-status-badge-color-failed']);
    assert.ok(css.pseudoElements.some((part) => part.name === '::part(option)'));
    assert.deepEqual(css.pseudoClasses.map((state) => state.name), [':state(user-invalid)', ':state(disabled)']);
    assert.match(css.pseudoClasses[0].description, /<node-size-picker>, <trusted-sources-editor>/);
  });

  test('JetBrains: web-types for this package version, declared in package.json, with typed events', () => {
    assert.equal(pkg['web-types'], './dist/web-types.json');
    assert.equal(createRequire(import.meta.url).resolve('order-widgets/web-types.json'), join(dist, 'web-types.json'));
    const webTypes = readJson('web-types.json');
    assert.deepEqual([webTypes.name, webTypes.version], [pkg.name, pkg.version]);
    const elements = byName(webTypes.contributions.html.elements);
    assert.deepEqual(Object.keys(elements).sort(), [...TAGS].sort());
    assert.equal(byName(elements['order-wizard'].events)['order-submit'].type, 'CustomEvent<OrderSubmitDetail>');
    assert.deepEqual(byName(elements['order-status-badge'].attributes)['poll-interval'].value, { type: 'number', default: '5000' });
  });
});
