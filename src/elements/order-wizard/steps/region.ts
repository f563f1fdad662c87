// Step 5: the region among those offering the service; then its availability zone, or no preference.
import { html, nothing } from 'lit';
import { pickRegion } from '../../../core/wizard-view.js';
import { regionsFor } from '../../../schema/catalog.js';
import { radioGroup, type StepView } from './fields.js';

const ANY_ZONE = '';

export function regionStep(view: StepView) {
  const { t, catalog, draft, service } = view;
  const regions = service ? regionsFor(catalog, service) : catalog.regions;
  const region = catalog.regions.find((candidate) => candidate.id === draft.regionId);
  const zones = region?.availabilityZones ?? [];
  return html`
    ${radioGroup(view, {
      field: 'regionId', group: 'region', label: t('region-label'),
      options: regions.map((candidate) => ({ value: candidate.id, label: candidate.label })),
      value: draft.regionId,
      onPick: (id) => view.update((now) => pickRegion(catalog, now, id)),
    })}
    ${zones.length > 1
      ? radioGroup(view, {
          field: 'availabilityZoneId', group: 'zone', label: t('zone-label'), required: false,
          options: [
            { value: ANY_ZONE, label: t('zone-any'), description: t('zone-any-hint') },
            ...zones.map((zone) => ({ value: zone.id, label: zone.label })),
          ],
          value: draft.availabilityZoneId ?? ANY_ZONE,
          onPick: (id) => {
            view.update((now) => {
              const { availabilityZoneId: _previous, ...rest } = now;
              return id === ANY_ZONE ? rest : { ...rest, availabilityZoneId: id };
            });
          },
        })
      : nothing}
  `;
}
