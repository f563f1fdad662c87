// Controls from the custom-elements manifest, each wired to the element. Storybook turns every manifest row (property,
// attribute, event, CSS custom property, part) into a control, most of them `object` controls that would change nothing
// when the story's render does not read them. `controlsFor` keeps the rows as docs and gives a control only to what the
// story wires; CSS custom properties get text controls that `cssVars` applies to the element.
import { getCustomElements, type ArgTypes } from '@storybook/web-components-vite';
import { noChange, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';

type InputType = NonNullable<ArgTypes[string]>;

interface ManifestItem {
  name: string;
  kind?: string;
  static?: boolean;
  privacy?: string;
  description?: string;
  fieldName?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  members?: ManifestItem[];
  attributes?: ManifestItem[];
  events?: ManifestItem[];
  cssProperties?: ManifestItem[];
  cssParts?: ManifestItem[];
  slots?: ManifestItem[];
}
interface Manifest {
  modules?: { declarations?: ManifestDeclaration[] }[];
}

/** The element's entry in the manifest that .storybook/preview.ts registered. */
function declarationOf(tag: string): ManifestDeclaration | undefined {
  const manifest = getCustomElements() as Manifest | undefined;
  return manifest?.modules?.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tag);
}

// `type` lets Storybook read a value back from a shared link (`&args=lang:de`); it cannot from the manifest's TypeScript
// types (`string | undefined`), and drops such args.
export const text = (description?: string): InputType => ({ control: 'text', type: 'string', ...(description ? { description } : {}) });
export const boolean = (): InputType => ({ control: 'boolean', type: 'boolean' });
export const number = (): InputType => ({ control: 'number', type: 'number' });
export const json = (): InputType => ({ control: 'object' });
export const select = (options: readonly string[], control: 'select' | 'inline-radio' = 'select'): InputType => ({
  control,
  options: [...options],
  type: 'string',
});
export const language = (): InputType => ({
  ...select(['en', 'de', 'fr', 'nl', 'pl'], 'inline-radio'),
  description:
    'The element\'s `lang` (English, German, French, Dutch, Polish); without it the nearest ancestor\'s, else the document\'s.',
});

/**
 * The argTypes of `tag`'s stories: every manifest row stays in the docs table; `wired` rows (named as Storybook names
 * them: property names, attribute names, `--css-props`) get the given control; CSS custom properties get text controls
 * (render them with `cssVars`); an attribute whose property is wired under another name (`order-id` for `orderId`) is
 * hidden, as its row would be a second control for the same thing; everything else (events, parts, read-only members,
 * functions) is shown without a control.
 */
export function controlsFor(tag: string, wired: Record<string, InputType>): ArgTypes {
  const declaration = declarationOf(tag);
  const rows: ArgTypes = {};
  if (!declaration) return wired;
  const members = (declaration.members ?? []).filter((member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public');
  for (const row of [...members, ...(declaration.events ?? []), ...(declaration.slots ?? []), ...(declaration.cssParts ?? [])]) {
    rows[row.name] = { control: false };
  }
  for (const attribute of declaration.attributes ?? []) {
    const twin = attribute.fieldName && attribute.fieldName !== attribute.name && attribute.fieldName in wired;
    rows[attribute.name] = twin ? { table: { disable: true } } : { control: false };
  }
  for (const cssProperty of declaration.cssProperties ?? []) rows[cssProperty.name] = text();
  // Storybook keys rows by name: a part or event named like a property (the badge's `message`) replaces its row.
  const shadowed = new Set([...(declaration.cssParts ?? []), ...(declaration.events ?? [])].map((item) => item.name));
  for (const [name, input] of Object.entries(wired)) {
    const member = members.find((candidate) => candidate.name === name);
    rows[name] = shadowed.has(name) && member
      ? { description: member.description, table: { category: 'properties' }, ...input }
      : input;
  }
  return rows;
}

/** The `--*` args as declarations for an inline style ("" when none is set). */
export function cssVarsText(args: object): string {
  return Object.entries(args)
    .filter(([name, value]) => name.startsWith('--') && typeof value === 'string' && value.trim() !== '')
    .map(([name, value]) => `${name}: ${String(value).trim()}`)
    .join('; ');
}

/** The `--*` args as the element's `style` attribute (none when no arg is set). */
export const cssVars = (args: object): string | typeof nothing => cssVarsText(args) || nothing;

/** The CSS custom properties an args interface may carry (`--order-wizard-accent`, …). */
export type CssVarArgs<Name extends `--${string}`> = Partial<Record<Name, string>>;

/**
 * A property binding for an object or function arg: set when the arg changes, never while it is undefined. Lit sets
 * objects again on every render, which would replace what the user did since (rows typed, a size picked).
 */
export const whenChanged = (value: unknown) => guard([value], () => (value === undefined ? noChange : value));
