import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import '../src/define.js';
import type { FetchStatus, OrderStatusChangeEvent } from '../src/elements/order-status-badge/order-status-badge.js';
import { ORDER_STATUSES } from '../src/schema/order-status.js';
import { boolean, controlsFor, cssVars, json, language, number, select, text, whenChanged, type CssVarArgs } from './support/controls.js';
import { wait } from './support/simulated-host.js';
import { elementDocs } from './support/docs.js';

interface BadgeArgs extends CssVarArgs<
  | '--order-status-badge-radius' | '--order-status-badge-padding' | '--order-status-badge-gap' | '--order-status-badge-background'
  | '--order-status-badge-icon-size' | '--order-status-badge-color-received' | '--order-status-badge-color-provisioning'
  | '--order-status-badge-color-ready' | '--order-status-badge-color-failed' | '--order-status-badge-color-cancelled'
  | '--order-status-badge-color-unknown'
> {
  status: string;
  orderId: string;
  live: boolean;
  message: string;
  updatedAt: string;
  lang: string;
  pollInterval: number;
  requestTimeout: number;
  messages?: Record<string, string>;
  fetchStatus?: FetchStatus;
  onOrderStatusChange?: (event: OrderStatusChangeEvent) => void;
}

/** The docs page's example of the element in a page. */
const USAGE = `
<order-status-badge order-id="ORD-2026-04712" status="provisioning"></order-status-badge>
<!-- live: the host polls its backend -->
<order-status-badge order-id="ORD-2026-04712" live></order-status-badge>
<script type="module">
  document.querySelector('order-status-badge[live]').fetchStatus = (orderId, { signal }) =>
    fetch(\`/api/orders/\${orderId}\`, { signal }).then((response) => response.json());
</script>
`;

const meta = {
  title: 'Elements/order-status-badge',
  component: 'order-status-badge',
  parameters: { docs: { description: { component: elementDocs('order-status-badge', USAGE) } } },
  tags: ['autodocs'],
  args: {
    status: 'received',
    orderId: '1234',
    live: false,
    message: '',
    updatedAt: '2026-11-21T14:03:00Z',
    lang: 'en',
    pollInterval: 1500,
    requestTimeout: 10_000,
  },
  argTypes: controlsFor('order-status-badge', {
    status: select([...ORDER_STATUSES, 'new', 'processing', 'DONE', 'something-else', '<b>x</b>']),
    orderId: text(),
    live: boolean(),
    message: text(),
    updatedAt: text(),
    lang: language(),
    pollInterval: number(),
    requestTimeout: number(),
    messages: json(),
  }),
  // Polling sets `status`, `message` and `updatedAt`: `live` compares with the element, so a control always applies.
  render: (args) => html`
    <order-status-badge
      lang=${args.lang || nothing}
      order-id=${args.orderId}
      ?live=${args.live}
      poll-interval=${args.pollInterval}
      request-timeout=${args.requestTimeout}
      style=${cssVars(args)}
      .status=${live(args.status)}
      .message=${live(args.message || undefined)}
      .updatedAt=${live(args.updatedAt || undefined)}
      .messages=${whenChanged(args.messages)}
      .fetchStatus=${args.fetchStatus}
      @order-status-change=${args.onOrderStatusChange}
    ></order-status-badge>
  `,
} satisfies Meta<BadgeArgs>;

export default meta;
type Story = StoryObj<BadgeArgs>;

/** A pretend backend that walks the order through received → provisioning → ready, one step per request. */
function provisioningBackend(): FetchStatus {
  const steps = [
    { status: 'received' },
    { status: 'provisioning', message: 'Creating 3 nodes' },
    { status: 'provisioning', message: 'Configuring Keycloak' },
    { status: 'ready', message: 'Your Keycloak as a Service instance is available.' },
  ];
  let step = 0;
  return async (_orderId, { signal }) => {
    await wait(300, signal);
    const answer = steps[Math.min(step++, steps.length - 1)]!;
    return { ...answer, updatedAt: new Date().toISOString() };
  };
}

/** A pretend backend that answers once and then loses its connection for good. */
function failingBackend(): FetchStatus {
  let answered = false;
  return async (_orderId, { signal }) => {
    await wait(300, signal);
    if (answered) throw new TypeError('Failed to fetch');
    answered = true;
    return { status: 'provisioning', message: 'Creating 3 nodes', updatedAt: new Date().toISOString() };
  };
}

export const Received: Story = { args: { status: 'received' } };
export const Provisioning: Story = { args: { status: 'provisioning', message: 'Creating 3 nodes' } };
export const Ready: Story = { args: { status: 'ready' } };
export const Failed: Story = { args: { status: 'failed' } };
export const Cancelled: Story = { args: { status: 'cancelled' } };
export const Unknown: Story = { args: { status: 'something-else' } };
export const German: Story = { args: { status: 'failed', lang: 'de' } };

/** Every status side by side, in the language of the `lang` control. */
export const AllStatuses: Story = {
  render: (args) => html`
    <div lang=${args.lang} style="display: grid; gap: 0.75rem; justify-items: start">
      ${[...ORDER_STATUSES, 'something-else'].map(
        (status) => html`<order-status-badge status=${status} order-id=${args.orderId} style=${cssVars(args)}></order-status-badge>`,
      )}
    </div>
  `,
};

/** Live: polls a simulated backend every 1.5 s and announces each change; stops at "Ready". */
export const Live: Story = {
  args: { live: true, updatedAt: '' },
  render: (args) => meta.render({ ...args, fetchStatus: provisioningBackend() }),
};

/** The connection drops after the first answer: the last status stays, with "Connection lost — retrying…". */
export const Reconnecting: Story = {
  args: { live: true, pollInterval: 1000, updatedAt: '' },
  render: (args) => meta.render({ ...args, fetchStatus: failingBackend() }),
};
