// Step 1: the service (grouped by kind when the catalog has several kinds), then its version.
import { html, nothing } from 'lit';
import { pickService, servicesByKind } from '../../../core/wizard-view.js';
import type { InLocale } from '../../../core/localized-text.js';
import type { Service } from '../../../schema/catalog.js';
import { radioGroup, type RadioOption, type StepView } from './fields.js';

const option = (service: InLocale<Service>): RadioOption => ({ value: service.id, label: service.name, description: service.description });

/** The step; with the service fixed (`service` attribute, or the catalog's only one) it offers its versions alone. */
export function serviceStep(view: StepView, fixed: boolean) {
  const { t, catalog, draft, service } = view;
  const groups = servicesByKind(catalog);
  const options =
    groups.length > 1
      ? groups.map((group) => ({ heading: t(`kind-${group.kind}`), options: group.services.map(option) }))
      : catalog.services.map(option);
  return html`${fixed ? nothing : radioGroup(view, {
      field: 'serviceId', group: 'service', label: t('service-label'), options, value: draft.serviceId,
      onPick: (id) => view.update((now) => pickService(catalog, now, id)),
    })}${service && service.versions.length > 1
      ? radioGroup(view, {
          field: 'version', group: 'version', label: t('version-label', { service: service.name }),
          options: service.versions.map((version) => ({ value: version, label: version })),
          value: draft.version,
          onPick: (version) => view.update((now) => ({ ...now, version })),
        })
      : nothing}`;
}
