// Step 2: node type and size, through <node-size-picker>; sizes not offered in a chosen region are disabled there.
import { html } from 'lit';
import type { NodeSizePicker } from '../../../elements/node-size-picker/node-size-picker.js';
import { childField, type StepView } from './fields.js';

export function sizeStep(view: StepView) {
  const { t, catalog, draft, service } = view;
  if (!service) return html`<p class="hint">${t('choose-service-first')}</p>`;
  const onChange = (event: Event) => {
    const picker = event.target as NodeSizePicker;
    const size = service.sizes.find((candidate) => candidate.id === picker.value);
    view.update((now) => {
      const { sizeId: _previous, ...rest } = now;
      return size ? { ...rest, sizeId: size.id, nodeTypeId: size.nodeType } : rest;
    });
  };
  return childField(view, 'sizeId', html`<node-size-picker id="sizeId" name="sizeId" .nodeTypes=${service.nodeTypes}
    .sizes=${service.sizes} .value=${draft.sizeId ?? ''} region=${draft.regionId ?? ''} currency=${catalog.currency}
    @change=${onChange}></node-size-picker>`);
}
