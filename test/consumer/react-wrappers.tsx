// The React components of `order-widgets/react` in a strict React 19 project, no casts: the form elements' `onChange`
// and `onInput` give `event.currentTarget.value` as the element's value type, the wizard's and the badge's `on…` props
// their detail, refs the element classes.
// A line after `// @ts-expect-error TSxxxx` must fail with that error (test/node/consumer-types.test.mjs checks both).
import { useRef, useState } from 'react';
import type { OrderSubmitRejection, StepId } from 'order-widgets';
import {
  NodeSizePicker,
  OrderStatusBadge,
  OrderWizard,
  TrustedSourcesEditor,
  type NodeSizePickerElement,
  type OrderSubmitDetail,
  type OrderWizardElement,
  type TargetedEvent,
  type TrustedSourcesEditorElement,
} from 'order-widgets/react';

export function SizeField() {
  const [size, setSize] = useState('');
  const [sources, setSources] = useState<string[]>([]);
  const ref = useRef<NodeSizePickerElement>(null);
  const editorRef = useRef<TrustedSourcesEditorElement>(null);
  return (
    <form onSubmit={() => ref.current?.reportValidity()}>
      <NodeSizePicker
        ref={ref}
        name="size"
        required
        value={size}
        sizes={[{ id: 'gp-s', nodeType: 'general-purpose', vcpu: 2, ramGiB: 4, monthlyPrice: '79.00' }]}
        onChange={(event) => setSize(event.currentTarget.value)}
        onInput={(event) => event.currentTarget.checkValidity()}
      />
      <TrustedSourcesEditor
        ref={editorRef}
        name="sources"
        value={sources}
        rules={{ maxEntries: 10 }}
        onChange={(event) => setSources(event.currentTarget.value)}
        onInput={(event) => event.currentTarget.sources.map((source) => source.cidr)}
      />
      <TrustedSourcesEditor
        // @ts-expect-error TS2345 the editor's value is a list of CIDRs, not a string
        onChange={(event) => setSize(event.currentTarget.value)}
      />
      <NodeSizePicker
        // @ts-expect-error TS2345 the picker's value is one size id, not a list
        onChange={(event) => setSources(event.currentTarget.value)}
      />
    </form>
  );
}

/** A handler written apart from the JSX, typed by the event it receives. */
const submit = (event: TargetedEvent<OrderWizardElement, CustomEvent<OrderSubmitDetail>>) =>
  event.detail.respondWith(Promise.reject({ message: 'Maintenance until 18:00.' } satisfies OrderSubmitRejection));

export function Ordering() {
  const [step, setStep] = useState<StepId>('service');
  const [orderId, setOrderId] = useState('');
  const wizard = useRef<OrderWizardElement>(null);
  return (
    <>
      <p>{step}</p>
      <OrderWizard
        ref={wizard}
        service="postgresql"
        persist="local"
        billingProfiles={[{ id: 'bp-1001', label: 'Example GmbH, Köln' }]}
        onOrderStepChange={(event) => setStep(event.detail.to)}
        onOrderChange={(event) => event.detail.price.total}
        onOrderSubmit={(event) => event.detail.respondWith(Promise.resolve({ orderId: event.detail.idempotencyKey }))}
        onOrderPlaced={(event) => setOrderId(event.detail.orderId)}
        onOrderConfigError={(event) => event.detail.issues.map((issue) => issue.path)}
        onOrderReady={(event) => event.detail.step && setStep(event.detail.step)}
      />
      <OrderWizard submitOrder={async (order, { signal }) => ({ orderId: `${order.serviceId}-${signal.aborted}` })} />
      <OrderWizard onOrderSubmit={submit} />
      <OrderWizard
        // @ts-expect-error TS2345 an answer without `orderId`
        onOrderSubmit={(event) => event.detail.respondWith(Promise.resolve({ id: 'x' }))}
      />
      <OrderWizard
        // @ts-expect-error TS2322 `persist` is session, local or none
        persist="cookie"
      />
      <OrderWizard
        // @ts-expect-error TS2739 the catalog needs its services, storage and regions
        catalog={{ currency: 'EUR' }}
      />
      {orderId && (
        <OrderStatusBadge
          orderId={orderId}
          status="received"
          live
          fetchStatus={(id, { signal }) => fetch(`/api/orders/${id}`, { signal }).then((response) => response.json())}
          onOrderStatusChange={(event) => event.currentTarget.reconnecting || event.detail.status === 'ready'}
        />
      )}
    </>
  );
}
