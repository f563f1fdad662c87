// The host page's own script on the strict-CSP test page (served from 'self', after dist/cdn/order-widgets.js): a
// simulated host that answers `order-submit` with an order id, a status walk to ready for the badges, the customer's
// invoice profile, and the standalone elements configured as a plain-HTML host would.

/** Answers received → provisioning → ready, one step per request, for `<order-status-badge>`'s `fetchStatus`. */
function statusWalk() {
  const steps = ['provisioning', 'ready'];
  let calls = 0;
  return async (orderId, { signal }) => {
    if (signal.aborted) throw signal.reason;
    const status = steps[Math.min(calls, steps.length - 1)];
    calls += 1;
    return { status, message: `Order ${orderId} is ${status}.`, updatedAt: new Date().toISOString() };
  };
}

const wizard = document.getElementById('wizard');
wizard.billingProfiles = [{ id: 'bp-1001', label: 'Example GmbH, Köln', description: 'Invoices by email' }];
wizard.fetchStatus = statusWalk();
wizard.addEventListener('order-submit', (event) => {
  // The host's backend, simulated: it stores the order and answers with its id a moment later.
  window.__submitted = (window.__submitted ?? 0) + 1;
  event.detail.respondWith(new Promise((resolve) => setTimeout(() => resolve({ orderId: 'ord-0123456789ab' }), 50)));
});
wizard.addEventListener('order-placed', (event) => {
  window.__placed = event.detail.orderId;
});

const editor = document.getElementById('editor');
// Its own words, so that its fields are told apart from the wizard's editor on the same page.
editor.messages = {
  legend: 'Office networks',
  'new-address': 'Office range to allow',
  'address-row': 'Office entry {row}',
  'label-row': 'Office entry label {row}',
};
editor.addEventListener('change', () => {
  window.__editorValue = editor.value;
});

const picker = document.getElementById('picker');
picker.messages = { 'type-label': 'Standby node type', 'size-label': 'Standby size' };
picker.nodeTypes = [
  { id: 'general-purpose', label: 'General purpose', description: 'Balanced vCPU and memory.' },
  { id: 'memory-optimised', label: 'Memory optimised' },
];
picker.sizes = [
  { id: 'gp-s', nodeType: 'general-purpose', label: 'S', vcpu: 2, ramGiB: 4, monthlyPrice: '79.00' },
  { id: 'gp-m', nodeType: 'general-purpose', label: 'M', vcpu: 4, ramGiB: 8, monthlyPrice: '149.00' },
  { id: 'gp-l', nodeType: 'general-purpose', label: 'L', vcpu: 8, ramGiB: 16, monthlyPrice: '289.00' },
  { id: 'mo-m', nodeType: 'memory-optimised', label: 'M', vcpu: 4, ramGiB: 32, monthlyPrice: '219.00' },
];
picker.addEventListener('change', () => {
  window.__pickerValue = picker.value;
});

const badge = document.getElementById('badge');
document.getElementById('track').addEventListener('click', () => {
  badge.live = true;
  badge.fetchStatus = statusWalk();
});
badge.addEventListener('order-status-change', (event) => {
  window.__badgeStatuses = [...(window.__badgeStatuses ?? []), event.detail.status];
});
