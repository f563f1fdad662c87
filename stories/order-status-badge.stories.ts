import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define.js';
import type { FetchStatus } from '../src/elements/order-status-badge/order-status-badge.js';
import { ORDER_STATUSES } from '../src/schema/order-status.js';

interface BadgeArgs {
  status: string;
  orderId: string;
  live: boolean;
  message: string;
  updatedAt: string;
  lang: string;
  pollInterval: number;
  fetchStatus?: FetchStatus;
}

const meta = {
  title: 'Elements/order-status-badge',
  component: 'order-status-badge',
  tags: ['autodocs'],
  args: {
    status: 'received',
    orderId: '1234',
    live: false,
    message: '',
    updatedAt: '2026-11-21T14:03:00Z',
    lang: 'en',
    pollInterval: 1500,
  },
  argTypes: {
    status: { control: 'select', options: [...ORDER_STATUSES, 'something-else', '<b>x</b>'] },
    lang: { control: 'inline-radio', options: ['en', 'de'] },
    fetchStatus: { control: false },
  },
  render: (args) => html`
    <order-status-badge
      lang=${args.lang}
      status=${args.status}
      order-id=${args.orderId}
      ?live=${args.live}
      message=${args.message || nothing}
      updated-at=${args.updatedAt || nothing}
      poll-interval=${args.pollInterval}
      .fetchStatus=${args.fetchStatus}
    ></order-status-badge>
  `,
} satisfies Meta<BadgeArgs>;

export default meta;
type Story = StoryObj<BadgeArgs>;

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });

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
    const answer = steps[Math.min(step++, steps.length - 1)];
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

export const AllStatuses: Story = {
  render: () => html`
    <div style="display: grid; gap: 0.75rem; justify-items: start">
      ${[...ORDER_STATUSES, 'something-else'].map(
        (status) => html`<order-status-badge status=${status} order-id="1234"></order-status-badge>`,
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
