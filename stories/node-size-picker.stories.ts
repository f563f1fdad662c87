import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import '../src/define.js';
import { builtInCatalog } from '../src/catalogs/built-in-catalog.js';
import { catalogInLocale, type InLocale } from '../src/core/localized-text.js';
import type { NodeSize, NodeType } from '../src/schema/catalog.js';
import { boolean, controlsFor, cssVars, json, language, select, text, whenChanged, type CssVarArgs } from './support/controls.js';
import { elementDocs } from './support/docs.js';

// Keycloak's node types and sizes from the example catalog, their texts in one language (what the picker takes, as a
// host gives them: `catalogInLocale`); its XL size is offered in de-west-1 (Cologne) only.
const keycloakIn = (locale: string) => catalogInLocale(builtInCatalog, locale).services.find((service) => service.id === 'keycloak')!;
const keycloak = keycloakIn('en');

interface PickerArgs extends CssVarArgs<
  | '--node-size-picker-gap' | '--node-size-picker-option-min-width' | '--node-size-picker-option-padding'
  | '--node-size-picker-option-radius' | '--node-size-picker-option-background' | '--node-size-picker-option-border-color'
  | '--node-size-picker-selected-color' | '--node-size-picker-selected-background' | '--node-size-picker-error-color'
> {
  nodeTypes: InLocale<NodeType>[];
  sizes: InLocale<NodeSize>[];
  value: string;
  region: string;
  currency: string;
  name: string;
  lang: string;
  required: boolean;
  disabled: boolean;
  messages?: Record<string, string>;
  onInput?: (event: Event) => void;
  onChange?: (event: Event) => void;
}

/** The docs page's example of the element in a page. */
const USAGE = `
<form>
  <node-size-picker name="size" required region="de-west-1"></node-size-picker>
</form>
<script type="module">
  const picker = document.querySelector('node-size-picker');
  picker.nodeTypes = catalog.nodeTypes; // [{ id, label, description? }]
  picker.sizes = catalog.sizes; // [{ id, nodeType, label, vcpu, ramGiB, price, regions? }]
  picker.addEventListener('change', () => console.log(picker.value));
</script>
`;

const meta = {
  title: 'Elements/node-size-picker',
  component: 'node-size-picker',
  parameters: { docs: { description: { component: elementDocs('node-size-picker', USAGE) } } },
  tags: ['autodocs'],
  args: {
    nodeTypes: [...keycloak.nodeTypes],
    sizes: [...keycloak.sizes],
    value: '',
    region: '',
    currency: builtInCatalog.currency,
    name: 'size',
    lang: 'en',
    required: false,
    disabled: false,
  },
  argTypes: controlsFor('node-size-picker', {
    nodeTypes: json(),
    sizes: json(),
    value: select(['', ...keycloak.sizes.map((size) => size.id)]),
    region: select(['', ...builtInCatalog.regions.map((region) => region.id)]),
    currency: select(['EUR', 'USD', 'CHF'], 'inline-radio'),
    name: text(),
    lang: language(),
    required: boolean(),
    disabled: boolean(),
    messages: json(),
  }),
  // The user's pick changes `value`: `live` compares with the element, so the control always applies.
  render: (args) => html`
    <node-size-picker
      name=${args.name || nothing}
      lang=${args.lang || nothing}
      region=${args.region || nothing}
      currency=${args.currency}
      ?required=${args.required}
      ?disabled=${args.disabled}
      style=${cssVars(args)}
      .nodeTypes=${whenChanged(args.nodeTypes)}
      .sizes=${whenChanged(args.sizes)}
      .value=${live(args.value ?? '')}
      .messages=${whenChanged(args.messages)}
      @input=${args.onInput}
      @change=${args.onChange}
    ></node-size-picker>
  `,
} satisfies Meta<PickerArgs>;

export default meta;
type Story = StoryObj<PickerArgs>;

export const Default: Story = {};

/** A value of the second node type: the type group follows it. */
export const Preselected: Story = { args: { value: 'mo-m' } };

/** Hamburg (de-north-1) does not offer the XL size: it is disabled and says why. */
export const RegionWithUnavailableSize: Story = { args: { region: 'de-north-1' } };

export const German: Story = {
  args: { lang: 'de', value: 'gp-m', region: 'de-north-1', nodeTypes: [...keycloakIn('de').nodeTypes], sizes: [...keycloakIn('de').sizes] },
};

export const Disabled: Story = { args: { disabled: true, value: 'gp-s' } };

/** Required and empty after a submit attempt: the inline error shows, linked to the size group. */
export const RequiredWithError: Story = {
  args: { required: true },
  play: async ({ canvasElement }) => {
    const picker = canvasElement.querySelector('node-size-picker')!;
    await picker.updateComplete;
    picker.reportValidity();
  },
};

/** A size the region does not offer, set by the host: the error says why once a submit is tried. */
export const SizeNotInRegion: Story = {
  args: { value: 'gp-xl', region: 'de-north-1' },
  play: async ({ canvasElement }) => {
    const picker = canvasElement.querySelector('node-size-picker')!;
    await picker.updateComplete;
    picker.reportValidity();
  },
};
