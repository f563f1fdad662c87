// The tags written as they are in React 19 JSX, typed by the package's JSX declarations (`order-widgets/jsx`, generated
// from the custom-elements manifest; React 19 sets properties and listens to `on<event>` props on custom elements).
// A line after `// @ts-expect-error TSxxxx` must fail with that error (test/node/consumer-types.test.mjs checks both).
import 'order-widgets/define';
import type {} from 'order-widgets/jsx';
import { useState } from 'react';
import type { OrderSubmitRejection, StepId } from 'order-widgets';

export function RawTags() {
  const [step, setStep] = useState<StepId>('service');
  const [orderId, setOrderId] = useState('');
  const [size, setSize] = useState('');
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
      <node-size-picker name="size" currency="EUR" region="de-west-1" value={size} onchange={(event) => setSize(event.target.value)}></node-size-picker>
      <node-size-picker
        // @ts-expect-error TS2322 the size picker's `sizes` are objects, not ids
        sizes={['gp-s']}
      ></node-size-picker>
      <order-status-badge order-id={orderId} status="received" live></order-status-badge>
      {/* @ts-expect-error TS2339 no such tag */}
      <order-wizzard></order-wizzard>
    </>
  );
}
