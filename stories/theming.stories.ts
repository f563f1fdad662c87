import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { builtInCatalog } from '../src/catalogs/built-in-catalog.js';
import { catalogInLocale } from '../src/core/localized-text.js';
import type { TrustedSourcesEditor } from '../src/elements/trusted-sources-editor/trusted-sources-editor.js';
import { ORDER_STATUSES } from '../src/schema/order-status.js';
import { cssVarsText, language, select } from './support/controls.js';
import { renderWizard, wizardArgs } from './support/wizard.js';

type Token =
  | '--ow-font-family' | '--ow-font-size' | '--ow-color-text' | '--ow-color-text-muted' | '--ow-color-surface' | '--ow-color-surface-alt'
  | '--ow-color-border' | '--ow-color-primary' | '--ow-color-on-primary' | '--ow-color-focus' | '--ow-color-danger'
  | '--ow-color-warning' | '--ow-color-success' | '--ow-color-info' | '--ow-space' | '--ow-radius';
type Knob =
  | '--order-wizard-accent' | '--order-wizard-panel-background' | '--node-size-picker-selected-color'
  | '--node-size-picker-selected-background' | '--trusted-sources-editor-row-background' | '--order-status-badge-background';

type ThemeArgs = Record<Token | Knob, string> & { lang: string; colorScheme: 'light' | 'dark' };

const COLOR_TOKENS: Token[] = [
  '--ow-color-text', '--ow-color-text-muted', '--ow-color-surface', '--ow-color-surface-alt', '--ow-color-border',
  '--ow-color-primary', '--ow-color-on-primary', '--ow-color-focus', '--ow-color-danger', '--ow-color-warning',
  '--ow-color-success', '--ow-color-info',
];
const KNOBS: Knob[] = [
  '--order-wizard-accent', '--order-wizard-panel-background', '--node-size-picker-selected-color',
  '--node-size-picker-selected-background', '--trusted-sources-editor-row-background', '--order-status-badge-background',
];

// The picker takes texts in one language, as a host gives them (`catalogInLocale`): the story's language.
const keycloakIn = (lang: string) => catalogInLocale(builtInCatalog, lang || 'en').services.find((service) => service.id === 'keycloak')!;

/** Shows the editor's findings (a note, a warning, an error) as after a submit attempt. */
async function showEditorFindings(canvasElement: HTMLElement): Promise<void> {
  const editor = canvasElement.querySelector<TrustedSourcesEditor>('trusted-sources-editor')!;
  await editor.updateComplete;
  editor.checkValidity();
}

/**
 * The four elements under one wrapper that sets the `--ow-*` tokens (every element reads them through its shadow
 * root) and a few per-element knobs. Every colour pair keeps WCAG AA: text at least 4.5:1 on both surfaces, borders
 * and focus rings at least 3:1.
 */
const meta = {
  title: 'Theming',
  parameters: { layout: 'fullscreen' },
  argTypes: {
    lang: language(),
    colorScheme: { ...select(['light', 'dark'], 'inline-radio'), description: 'The wrapper\'s `color-scheme`, for the browser\'s own parts (scroll bars, number spinners).' },
    ...Object.fromEntries(COLOR_TOKENS.map((token) => [token, { control: 'color', type: 'string', table: { category: 'tokens' } }])),
    ...Object.fromEntries((['--ow-font-family', '--ow-font-size', '--ow-space', '--ow-radius'] as const).map((token) => [
      token, { control: 'text', type: 'string', table: { category: 'tokens' } },
    ])),
    ...Object.fromEntries(KNOBS.map((knob) => [knob, { control: 'color', type: 'string', table: { category: 'element knobs' } }])),
  },
  render: (args) => html`
    <div
      lang=${args.lang}
      style="${cssVarsText(args)}; color-scheme: ${args.colorScheme}; background: var(--ow-color-surface, Canvas); color: var(--ow-color-text, CanvasText);
        font-family: var(--ow-font-family); padding: 1.5rem; display: grid; gap: 2rem; min-height: 100vh; box-sizing: border-box"
    >
      ${renderWizard({ ...wizardArgs, lang: '', service: 'postgresql' })}
      <div style="display: grid; gap: 2rem; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); align-items: start">
        <trusted-sources-editor
          name="trustedSources"
          required
          .sources=${[
            { cidr: '123.123.123.123/32', label: 'Admin workstation' },
            { cidr: '222.222.222.130/28', label: 'Office' },
            { cidr: '222.222.222.131/32', label: 'Printer' },
            { cidr: '10.0.0.0/8', label: 'Data centre' },
          ]}
        ></trusted-sources-editor>
        <node-size-picker name="size" region="de-north-1" value="gp-m" .nodeTypes=${keycloakIn(args.lang).nodeTypes} .sizes=${keycloakIn(args.lang).sizes}></node-size-picker>
      </div>
      <div style="display: flex; flex-wrap: wrap; gap: 0.75rem">
        ${[...ORDER_STATUSES].map((status) => html`<order-status-badge status=${status} order-id="ORD-2026-04712"></order-status-badge>`)}
      </div>
    </div>
  `,
  play: async ({ canvasElement }) => showEditorFindings(canvasElement),
} satisfies Meta<ThemeArgs>;

export default meta;
type Story = StoryObj<ThemeArgs>;

const NO_TOKENS = Object.fromEntries([...COLOR_TOKENS, ...KNOBS].map((name) => [name, ''])) as Record<Token | Knob, string>;

/**
 * The built-in dark theme: the page declares `color-scheme: dark` (or `light dark` for a user who prefers dark) and
 * sets no token. A page that declares nothing stays light.
 */
export const Dark: Story = {
  args: { ...NO_TOKENS, lang: 'en', colorScheme: 'dark', '--ow-font-family': '', '--ow-font-size': '', '--ow-space': '', '--ow-radius': '' },
};

/** A partner's own dark theme from the tokens alone, with a violet accent for the wizard and the picker's selected option. */
export const DarkViolet: Story = {
  args: {
    ...NO_TOKENS,
    lang: 'en',
    colorScheme: 'dark',
    '--ow-font-family': 'system-ui, sans-serif',
    '--ow-font-size': '1rem',
    '--ow-space': '0.5rem',
    '--ow-radius': '0.5rem',
    '--ow-color-text': '#e6e9ef',
    '--ow-color-text-muted': '#b3bac6',
    '--ow-color-surface': '#15181e',
    '--ow-color-surface-alt': '#1f242d',
    '--ow-color-border': '#8b94a5',
    '--ow-color-primary': '#8ab4f8',
    '--ow-color-on-primary': '#0d1b2e',
    '--ow-color-focus': '#a8c7fa',
    '--ow-color-danger': '#ffb4ab',
    '--ow-color-warning': '#f5c46b',
    '--ow-color-success': '#7fd99a',
    '--ow-color-info': '#8ab4f8',
    '--order-wizard-accent': '#c6a0ff',
    '--order-wizard-panel-background': '#1f242d',
    '--node-size-picker-selected-color': '#c6a0ff',
    '--node-size-picker-selected-background': '#2a2340',
    '--trusted-sources-editor-row-background': '#1f242d',
    '--order-status-badge-background': '#1f242d',
  },
};

/** The dark theme in German. */
export const DarkGerman: Story = { args: { ...Dark.args, lang: 'de' } };

/** A light brand theme: a partner's green, a serif face, rounder corners and more room. */
export const Brand: Story = {
  args: {
    ...NO_TOKENS,
    lang: 'en',
    colorScheme: 'light',
    '--ow-font-family': 'Georgia, "Times New Roman", serif',
    '--ow-font-size': '1.0625rem',
    '--ow-space': '0.625rem',
    '--ow-radius': '0.875rem',
    '--ow-color-text': '#10201b',
    '--ow-color-text-muted': '#3f5650',
    '--ow-color-surface': '#ffffff',
    '--ow-color-surface-alt': '#eef6f3',
    '--ow-color-border': '#6f8a82',
    '--ow-color-primary': '#00664f',
    '--ow-color-on-primary': '#ffffff',
    '--ow-color-focus': '#00664f',
    '--ow-color-danger': '#a4262c',
    '--ow-color-warning': '#7a4b00',
    '--ow-color-success': '#0f6b3a',
    '--ow-color-info': '#005a8c',
    '--order-wizard-accent': '#00664f',
    '--node-size-picker-selected-color': '#00664f',
    '--node-size-picker-selected-background': '#e0f0ea',
  },
};
