// The README's React example, verbatim (test/react/react-app.jsx renders it for test/node/packaging.test.mjs).
import { useState } from 'react';
import type { FetchStatus, Order, OrderSubmitAnswer } from 'order-widgets';
import { OrderStatusBadge, OrderWizard } from 'order-widgets/react';

async function placeOrder(order: Order): Promise<OrderSubmitAnswer> {
  const response = await fetch('/api/orders', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(order),
  });
  const body = await response.json();
  if (!response.ok) throw body; // { message, fieldErrors?: [{ path, message }] }
  return { orderId: body.orderId };
}

const fetchStatus: FetchStatus = (orderId, { signal }) => fetch(`/api/orders/${orderId}`, { signal }).then((r) => r.json());

export function OrderPage() {
  const [step, setStep] = useState('service');
  const [orderId, setOrderId] = useState('');
  return (
    <>
      <p className="progress">Step: {step}</p>
      <OrderWizard
        service="postgresql"
        billingProfiles={[{ id: 'bp-1001', label: 'Example GmbH, Köln' }]}
        onOrderStepChange={(event) => setStep(event.detail.to)}
        onOrderSubmit={(event) => event.detail.respondWith(placeOrder(event.detail.order))}
        onOrderPlaced={(event) => setOrderId(event.detail.orderId)}
      />
      {orderId && <OrderStatusBadge orderId={orderId} status="received" live fetchStatus={fetchStatus} />}
    </>
  );
}
