// The complete orders the wizard's element tests start from: a new invoice profile, and a preset that fills every step
// but the documents, so the wizard opens on the summary.

export const PROFILE = {
  company: 'ACME GmbH', contactName: 'Erika Mustermann', email: 'erika@example.com', street: 'Hauptstraße 1',
  postalCode: '50667', city: 'Köln', country: 'DE', vatId: '',
};

/** Every step of `serviceId` in `version` filled (size gp-m, 100 GB, one trusted source, de-west-1, the new profile). */
export const completePreset = (serviceId: string, version: string) => ({
  serviceId, version, sizeId: 'gp-m', storageGb: 100, trustedSources: ['123.123.123.123/32'],
  regionId: 'de-west-1', billing: { mode: 'new', newProfile: PROFILE },
});
