// Writes what editors and frameworks read, from dist/custom-elements.json (run after `cem analyze` in `npm run build`):
//   dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json  VS Code custom data (html.customData, css.customData)
//   dist/web-types.json                                                 JetBrains web-types (package.json `web-types`)
//   dist/custom-elements-jsx.d.ts                                       the tags in JSX: React 19, Preact, … (`order-widgets/jsx`)
//   dist/custom-elements-vue.d.ts                                       the tags in Vue templates (`order-widgets/vue`)
// The first four come from the maintained generators, with the few changes explained where they are made; the Vue
// declarations are written here (see vueTypes).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

export const FILES = {
  vsCodeHtml: 'vscode.html-custom-data.json',
  vsCodeCss: 'vscode.css-custom-data.json',
  webTypes: 'web-types.json',
  jsx: 'custom-elements-jsx.d.ts',
  vue: 'custom-elements-vue.d.ts',
};

/**
 * The package's main types as seen from dist/ (`./types/index.js`): the declarations import the element classes and
 * the event details from there, so they follow the package's `exports` wherever the build puts its types.
 */
export function mainTypesFromDist() {
  const types = pkg.exports?.['.']?.types ?? pkg.types;
  return `./${relative(dist, join(root, types)).split('\\').join('/').replace(/\.d\.ts$/, '.js')}`;
}

/**
 * Only the modules that define tags. The manifest also lists the form-associated base class (so that its members,
 * attributes and states reach both form controls, where the analyzer copied them) and define.ts; the JSX generator
 * would import every class of them by name from the main types, where the base class is no export.
 */
export function elementModules(manifest) {
  return { ...manifest, modules: manifest.modules.filter((doc) => doc.declarations?.some((decl) => decl.tagName)) };
}

/** The tagged classes of the manifest, in the manifest's order. */
const elementsOf = (manifest) => manifest.modules.flatMap((doc) => doc.declarations ?? []).filter((decl) => decl.tagName);

/** The generator's `ref` type, which takes an element or a callback, and what this package ships instead. */
const GENERATED_REF = 'ref?: (T | ((e: T) => void)) | undefined;';
const REF = 'ref?: T | ((e: T | null) => void) | { current: T | null } | undefined;';

/**
 * JSX types with the generator's own React/Preact/Solid/… module augmentations, event details typed. One change to its
 * output: `ref` also takes a ref object (`useRef<OrderWizard>(null)` in React, `useRef`/`createRef` in Preact), which the
 * generator's type refuses. Returns the file's text.
 */
export function jsxTypes(manifest, outdir = dist) {
  generateJsxTypes(structuredClone(elementModules(manifest)), {
    outdir,
    fileName: FILES.jsx,
    globalTypePath: mainTypesFromDist(),
    // `e.detail` typed from the manifest's `CustomEvent<…Detail>`, `e.target` as the element.
    stronglyTypedEvents: true,
  });
  const file = join(outdir, FILES.jsx);
  const generated = readFileSync(file, 'utf8');
  if (!generated.includes(GENERATED_REF)) throw new Error(`${FILES.jsx}: the generator no longer writes \`${GENERATED_REF}\`; check the ref type`);
  const text = generated.replace(GENERATED_REF, REF);
  writeFileSync(file, text);
  return text;
}

/**
 * Vue's `GlobalComponents` for the tags, as Vue's guide "Non-Vue Web Components and TypeScript" shows it: each tag is a
 * constructor of the element with `$props` (the writable properties, HTML attributes and Vue's own props) and `$emit`
 * (the events with their types), which vue-tsc reads for templates. Written here rather than with
 * custom-element-vuejs-integration: that generator wraps each event type in `CustomEvent<…>` (the manifest already
 * says `CustomEvent<OrderSubmitDetail>`, which would become `CustomEvent<CustomEvent<…>>`) and declares a global JSX
 * namespace of its own next to the JSX generator's.
 */
export function vueTypes(manifest) {
  const elements = elementsOf(manifest);
  const detailTypes = new Set();
  const blocks = elements.map((element) => {
    const writable = new Set(
      (element.members ?? [])
        .filter((member) => member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public')
        .map((member) => member.name),
    );
    for (const attribute of element.attributes ?? []) if (attribute.fieldName) writable.add(attribute.fieldName);
    const events = (element.events ?? []).map((event) => {
      const type = event.type?.text ?? 'Event';
      const detail = /^CustomEvent<([A-Za-z_$][\w$]*)>$/.exec(type)?.[1];
      if (detail) detailTypes.add(detail);
      return `  /** ${oneLine(event.description)} */\n  '${event.name}': ${type};`;
    });
    return {
      element,
      // A type, not an interface: only a type alias meets the `{ [event: string]: Event }` constraint.
      declarations: `/** The events of \`<${element.tagName}>\`, by name. */
export type ${element.name}Events = {
${events.join('\n')}
};
/** The properties of \`<${element.tagName}>\` a Vue template may set. */
export type ${element.name}Properties = ${[...writable].map((name) => `'${name}'`).join(' | ')};`,
    };
  });
  const imports = [...elements.map((element) => element.name), ...detailTypes].sort();
  return `// Generated by scripts/manifest-integrations.mjs from dist/custom-elements.json. Opt in with
// \`import type {} from '${pkg.name}/vue';\` (tsconfig "types" works too); then vue-tsc checks the tags' properties and events.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { ${imports.join(', ')} } from '${mainTypesFromDist()}';

type EventMap = { [event: string]: Event };

/** Maps an event map to the form Vue's \`$emit\` type takes. */
type VueEmit<T extends EventMap> = EmitFn<{ [K in keyof T]: (event: T[K]) => void }>;

/** A custom element as a Vue global component: the element itself, plus the props and events for template checks. */
export type DefineCustomElement<
  ElementType extends HTMLElement,
  Events extends EventMap = {},
  SelectedProperties extends keyof ElementType = keyof ElementType,
> = new () => ElementType & {
  /** @deprecated Not on the element: for template type checks only. */
  $props: HTMLAttributes & Partial<Pick<ElementType, SelectedProperties>> & PublicProps;
  /** @deprecated Not on the element: for template type checks only. */
  $emit: VueEmit<Events>;
};

${blocks.map((block) => block.declarations).join('\n\n')}

declare module 'vue' {
  interface GlobalComponents {
${blocks
  .map(({ element }) => `    /** ${oneLine(element.summary ?? element.description)} */
    '${element.tagName}': DefineCustomElement<${element.name}, ${element.name}Events, ${element.name}Properties>;`)
  .join('\n')}
  }
}
`;
}

const oneLine = (text = '') => text.replace(/\s+/g, ' ').replace(/\*\//g, '*\\/').trim();

/**
 * VS Code's CSS data gets the custom states too (`:state(user-invalid)`), as pseudo-classes: the generator lists the
 * properties and parts, not the states.
 */
function addCustomStates(manifest, file) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const states = new Map();
  for (const element of elementsOf(manifest)) {
    for (const state of element.cssStates ?? []) {
      const name = `:state(${state.name})`;
      const tags = [...(states.get(name)?.tags ?? []), element.tagName];
      states.set(name, { tags, description: state.description });
    }
  }
  data.pseudoClasses = [...states].map(([name, { tags, description }]) => ({
    name,
    description: `${tags.map((tag) => `<${tag}>`).join(', ')}: ${oneLine(description)}`,
  }));
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}

/**
 * What VS Code offers as an attribute's values: the choices of a union of string literals (`persist`: session, local,
 * none), nothing for any other type. The generator would offer the type's text itself, e.g. "NodeType[]" for the JSON
 * attribute `node-types`; given `string` instead, it offers no value.
 */
export function withHtmlValues(manifest) {
  const copy = structuredClone(manifest);
  for (const element of elementsOf(copy)) {
    for (const attribute of element.attributes ?? []) {
      const choices = (attribute.type?.text ?? '').split('|').map((part) => part.trim()).filter((part) => part !== 'undefined');
      const literal = choices.length > 0 && choices.every((part) => /^'[^']*'$|^"[^"]*"$/.test(part));
      attribute.htmlValues = { text: literal ? choices.join(' | ') : 'string' };
    }
  }
  return copy;
}

export function writeIntegrations(manifest) {
  generateVsCodeCustomElementData(withHtmlValues(manifest), {
    outdir: dist,
    htmlFileName: FILES.vsCodeHtml,
    cssFileName: FILES.vsCodeCss,
    typesSrc: 'htmlValues',
    hideLogs: true,
  });
  addCustomStates(manifest, join(dist, FILES.vsCodeCss));
  generateJetBrainsWebTypes(structuredClone(manifest), {
    outdir: dist,
    webTypesFileName: FILES.webTypes,
    // package.json declares `web-types` itself; the generator would rewrite the file.
    packageJson: false,
    hideLogs: true,
  });
  jsxTypes(manifest);
  writeFileSync(join(dist, FILES.vue), vueTypes(manifest));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(join(dist, 'custom-elements.json'), 'utf8'));
  writeIntegrations(manifest);
  console.log(`Wrote ${Object.values(FILES).map((file) => `dist/${file}`).join(', ')}`);
}
