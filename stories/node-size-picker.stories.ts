import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define.js';
import { builtInCatalog } from '../src/catalogs/built-in.js';

// Keycloak's node types and sizes from the example catalog; its XL size is offered in de-west-1 (Cologne) only.
const keycloak = builtInCatalog.services.find((service) => service.id === 'keycloak')!;

interface PickerArgs {
  value: string;
  region: string;
  currency: string;
  lang: string;
  required: boolean;
  disabled: boolean;
}

const meta = {
  title: 'Elements/node-size-picker',
  component: 'node-size-picker',
  tags: ['autodocs'],
  args: { value: '', region: '', currency: builtInCatalog.currency, lang: 'en', required: false, disabled: false },
  argTypes: {
    value: { control: 'select', options: ['', ...keycloak.sizes.map((size) => size.id)] },
    region: { control: 'select', options: ['', ...builtInCatalog.regions.map((region) => region.id)] },
    currency: { control: 'inline-radio', options: ['EUR', 'USD', 'CHF'] },
    lang: { control: 'inline-radio', options: ['en', 'de'] },
  },
  render: (args) => html`
    <node-size-picker
      name="size"
      lang=${args.lang}
      .nodeTypes=${keycloak.nodeTypes}
      .sizes=${keycloak.sizes}
      value=${args.value || nothing}
      region=${args.region || nothing}
      currency=${args.currency}
      ?required=${args.required}
      ?disabled=${args.disabled}
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

export const German: Story = { args: { lang: 'de', value: 'gp-m', region: 'de-north-1' } };

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
