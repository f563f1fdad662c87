/** @jsxImportSource preact */
// The tags written as they are in Preact JSX, typed by the package's JSX declarations for the raw tags (generated
// from the custom-elements manifest; Preact sets properties and listens to `on<event>` props).
// Not checked yet: test/consumer/tsconfig.json excludes this folder until those declarations ship. To switch the
// check on, activate them below as the README tells integrators to, and remove "raw-tags" from that `exclude`.
// A line after `// @ts-expect-error TSxxxx` must fail with that error (test/node/consumer-types.test.mjs checks both).
import 'order-widgets/define';
import { useState } from 'preact/hooks';
import type { OrderSubmitRejection, StepId } from 'order-widgets';

export function RawTags() {
  const [step, setStep] = useState<StepId>('service');
  const [orderId, setOrderId] = useState('');
  return (
    <>
      <p>{step}</p>
      <order-wizard
        service="postgresql"
        persist="local"
        billingProfiles={[{ id: 'bp-1001', label: 'Example GmbH, Köln' }]}
        onorder-step-change={(event) => setStep(event.detail.to)}
        onorder-submit={(event) => event.detail.respondWith(Promise.reject({ message: 'Not now' } satisfies OrderSubmitRejection))}
        onorder-placed={(event) => setOrderId(event.detail.orderId)}
      ></order-wizard>
      <order-wizard
        // @ts-expect-error TS2322 `persist` is session, local or none
        persist="cookie"
      ></order-wizard>
      <trusted-sources-editor name="sources" required value="203.0.113.0/24"></trusted-sources-editor>
      <node-size-picker name="size" currency="EUR" region="de-west-1"></node-size-picker>
      <order-status-badge order-id={orderId} status="received" live></order-status-badge>
      {/* @ts-expect-error TS2339 no such tag */}
      <order-wizzard></order-wizzard>
    </>
  );
}
