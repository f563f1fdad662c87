// Switching the portal to Deutsch switches the open wizard too: its step heading, its buttons and its errors.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, useDemo } from './support/demo.mjs';
import { activate, openDatabasesOffer, stepHeading, until } from './support/portal.mjs';

const env = useDemo();

test('in German, the wizard shows its step heading and a validation error in German', { timeout: 60_000 }, async () => {
  const { page, errors } = await openPage(env.browser);
  await openDatabasesOffer(page, env.demo.url);

  await activate(page, page.getByRole('button', { name: 'Deutsch' }), { backwards: true });
  await page.getByRole('button', { name: 'Deutsch', pressed: true }).waitFor();
  await page.getByRole('heading', { level: 1, name: 'Datenbanken bestellen' }).waitFor();
  await stepHeading(page, 'Wählen Sie den Dienst').waitFor();
  await page.getByText('Schritt 1 von 7').waitFor();
  // The catalog's own texts follow too: the demo's catalog has them in English and German.
  await page.getByText('Verwaltete PostgreSQL-Datenbank mit täglichen Backups und Wiederherstellung', { exact: false }).waitFor();
  assert.equal(await page.getByText('Managed PostgreSQL database', { exact: false }).count(), 0, 'no English service description left');

  // "Weiter" without choosing a service.
  await activate(page, page.getByRole('button', { name: 'Weiter', exact: true }));
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Es gibt ein Problem' }) });
  await summary.waitFor();
  await summary.getByRole('link', { name: 'Wählen Sie einen Dienst aus.' }).waitFor();
  // The focus goes to the summary's box, which holds the alert.
  await until(() => summary.evaluate((alert) => alert.parentElement?.matches(':focus') ?? false), { message: 'the error summary takes the focus' });
  // The inline error at the field, with its hidden "Fehler:" prefix.
  const inline = page.getByText('Fehler: Wählen Sie einen Dienst aus.');
  await inline.waitFor();
  assert.equal(await page.getByRole('radiogroup', { name: 'Dienst', exact: true }).getAttribute('aria-invalid'), 'true');

  // The choice is remembered: a reload stays German.
  await page.reload();
  await stepHeading(page, 'Wählen Sie den Dienst').waitFor();
  await page.getByRole('link', { name: 'Meine Bestellungen' }).waitFor();
  assert.deepEqual(errors, [], 'no uncaught errors in the page');
});
