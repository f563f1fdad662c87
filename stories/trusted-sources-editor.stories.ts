import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define.js';
import type { TrustedSourceRules } from '../src/core/trusted-sources.js';
import type {
  EditorEntry,
  EditorSource,
  ResolveClientAddress,
  TrustedSourcesEditor,
} from '../src/elements/trusted-sources-editor/trusted-sources-editor.js';
import { boolean, controlsFor, cssVars, json, language, text, whenChanged, type CssVarArgs } from './support/controls.js';
import { elementDocs } from './support/docs.js';

interface EditorArgs extends CssVarArgs<
  | '--trusted-sources-editor-gap' | '--trusted-sources-editor-row-background' | '--trusted-sources-editor-input-border'
  | '--trusted-sources-editor-radius' | '--trusted-sources-editor-error-color' | '--trusted-sources-editor-warning-color'
> {
  name: string;
  lang: string;
  required: boolean;
  disabled: boolean;
  rules: Partial<TrustedSourceRules>;
  /** Sets the rows from a text list (property `value`). */
  value?: string;
  /** The list a form reset returns to (attribute `value`). */
  defaultValue: string;
  sources?: EditorSource[];
  entries?: EditorEntry[];
  wholeInternetConfirmed: boolean;
  messages?: Record<string, string>;
  resolveClientAddress?: ResolveClientAddress;
  onInput?: (event: Event) => void;
  onChange?: (event: Event) => void;
}

/** The seeds' example: "IP 123.123.123.123/32 and subnet 222.222.222.128/28 will be added to the trusted sources." */
const SEED: EditorSource[] = [{ cidr: '123.123.123.123/32', label: 'Admin workstation' }, { cidr: '222.222.222.128/28', label: 'Office' }];

/** The docs page's example of the element in a page. */
const USAGE = `
<form>
  <trusted-sources-editor name="trustedSources" required value="123.123.123.123/32"></trusted-sources-editor>
</form>
<script type="module">
  const editor = document.querySelector('trusted-sources-editor');
  editor.addEventListener('change', () => console.log(editor.sources)); // [{ cidr, label? }]
</script>
`;

const meta = {
  title: 'Elements/trusted-sources-editor',
  component: 'trusted-sources-editor',
  parameters: { docs: { description: { component: elementDocs('trusted-sources-editor', USAGE) } } },
  tags: ['autodocs'],
  args: {
    name: 'trustedSources',
    lang: 'en',
    required: true,
    disabled: false,
    rules: {},
    defaultValue: '',
    wholeInternetConfirmed: false,
  },
  argTypes: controlsFor('trusted-sources-editor', {
    name: text(),
    lang: language(),
    required: boolean(),
    disabled: boolean(),
    rules: json(),
    value: text('The list as text (addresses separated by spaces, commas or lines): replaces the rows. Read back, the property is the canonical CIDRs of the valid rows.'),
    defaultValue: text(),
    sources: json(),
    entries: json(),
    wholeInternetConfirmed: boolean(),
    messages: json(),
  }),
  // Rows the user typed stay when another control changes: the row setters get a value only when their arg changes.
  render: (args) => html`
    <trusted-sources-editor
      name=${args.name || nothing}
      lang=${args.lang || nothing}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?whole-internet-confirmed=${args.wholeInternetConfirmed}
      style=${cssVars(args)}
      .rules=${whenChanged(args.rules)}
      .defaultValue=${args.defaultValue}
      .sources=${whenChanged(args.sources)}
      .entries=${whenChanged(args.entries)}
      .value=${whenChanged(args.value)}
      .messages=${whenChanged(args.messages)}
      .resolveClientAddress=${args.resolveClientAddress}
      @input=${args.onInput}
      @change=${args.onChange}
    ></trusted-sources-editor>
  `,
} satisfies Meta<EditorArgs>;

export default meta;
type Story = StoryObj<EditorArgs>;

async function editorIn(canvasElement: HTMLElement): Promise<TrustedSourcesEditor> {
  const el = canvasElement.querySelector('trusted-sources-editor')!;
  await el.updateComplete;
  return el;
}

/** Errors show only after interaction or a submit attempt: simulate the attempt (as the wizard's Next does). */
const showErrors: Story['play'] = async ({ canvasElement }) => {
  const el = await editorIn(canvasElement);
  el.checkValidity();
};

/** Pastes a list into the new-address field, as a user would. */
const pasteList = (text: string): Story['play'] => async ({ canvasElement }) => {
  const el = await editorIn(canvasElement);
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#new-address')!;
  input.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true, composed: true }));
};

/** Nothing entered yet: all access stays blocked (no error on first paint). */
export const Empty: Story = {};

/** Empty and required after a submit attempt: the seeds' reason as the error. */
export const EmptyAfterSubmitAttempt: Story = { play: showErrors };

/** The seeds' two sources. */
export const SeedSources: Story = { args: { sources: SEED } };

/** The same range twice, in two spellings: an error on both rows. */
export const Duplicate: Story = {
  args: { sources: [{ cidr: '123.123.123.123/32' }, { cidr: '222.222.222.128/28' }, { cidr: '123.123.123.123' }] },
  play: showErrors,
};

/** `222.222.222.130/28` has host bits set: stored as `222.222.222.128/28`, with a note saying so. */
export const HostBitsAdjusted: Story = { args: { sources: [{ cidr: '222.222.222.130/28', label: 'Office' }] } };

/** A single address inside a range already listed: a warning on the one that can go. */
export const Overlap: Story = { args: { sources: [...SEED, { cidr: '222.222.222.130/32', label: 'Printer' }] } };

/** Private and reserved ranges can never reach a public endpoint. */
export const PrivateRange: Story = { args: { sources: [{ cidr: '10.0.0.0/8' }, { cidr: '192.168.1.0/24' }, { cidr: '123.123.123.123/32' }] } };

/** `0.0.0.0/0` where the service does not allow it: refused. */
export const WholeInternetRefused: Story = { args: { sources: [{ cidr: '0.0.0.0/0' }] }, play: showErrors };

/** `0.0.0.0/0` where the service allows it: valid only once the user confirms. */
export const WholeInternetAllowedWithConfirmation: Story = {
  args: { sources: [{ cidr: '0.0.0.0/0' }], rules: { allowAnyAddress: true } },
  play: showErrors,
};

/** More entries than the service allows (here 3). */
export const TooMany: Story = {
  args: { sources: [...SEED, { cidr: '8.8.8.8/32' }, { cidr: '1.1.1.1/32' }], rules: { maxEntries: 3 } },
  play: showErrors,
};

/** A pasted list with bad lines: the good ones become rows, the bad ones stay visible with their line numbers. */
export const InvalidLine: Story = {
  play: pasteList('123.123.123.123/32\n# office\n222.222.222.130/28\n127.1\n10.0.0.0/08\n123.123.123.123'),
};

/**
 * `222.222.222.130/28` typed and Enter pressed with `222.222.222.128/28` listed: refused, the text kept in the field
 * with the precise reason (the same range), which the field is described by.
 */
export const RefusedEntryKept: Story = {
  args: { sources: SEED },
  play: async ({ canvasElement }) => {
    const el = await editorIn(canvasElement);
    el.newAddress = '222.222.222.130/28';
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#new-address')!;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
  },
};

/**
 * Notations that fooled IP libraries before, set as `entries` (rows as typed): each refused with its reason — octal-
 * looking octets, short forms, hex, one integer, a zone id, an IPv4-mapped IPv6 address, a host name, look-alike digits.
 */
export const RefusedNotations: Story = {
  args: {
    entries: [
      { address: '010.0.0.1' }, { address: '127.1' }, { address: '0x7f.0.0.1' }, { address: '2130706433' },
      { address: 'fe80::1%eth0' }, { address: '::ffff:123.123.123.123' }, { address: 'vpn.example.com' },
      { address: '１２３.１２３.１２３.１２３' }, { address: '222.222.222.128/028' },
    ],
  },
  play: showErrors,
};

/** IPv6 where the service accepts only IPv4. */
export const Ipv6NotAllowed: Story = {
  args: { sources: [{ cidr: '2001:db8:1234::/48' }, ...SEED], rules: { allowIpv6: false } },
  play: showErrors,
};

/** German, with a note, a warning and an error. */
export const German: Story = {
  args: { lang: 'de', sources: [...SEED, { cidr: '10.0.0.1' }, { cidr: '010.0.0.1' }] },
  play: showErrors,
};

/** "Add my IP" with a simulated backend that answers after a moment. */
export const WithAddMyIp: Story = {
  args: {
    sources: SEED.slice(1),
    resolveClientAddress: () => new Promise((resolve) => setTimeout(() => resolve('123.123.123.123'), 800)),
  },
};

/** "Add my IP" when the backend cannot tell: a message, and nothing lost. */
export const WithAddMyIpFailing: Story = {
  args: {
    sources: SEED,
    resolveClientAddress: () => new Promise((_, reject) => setTimeout(() => reject(new Error('503')), 800)),
  },
};

/** Disabled: nothing can be changed and nothing is submitted. */
export const Disabled: Story = { args: { sources: SEED, disabled: true } };
