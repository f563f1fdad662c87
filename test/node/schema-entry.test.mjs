// Plain Node, no DOM: imports the built `order-widgets/schema` entry through the package's own exports, as an
// integrator's backend would.
import { test } from 'node:test';
import assert from 'node:assert/strict';

test('the schema entry loads in Node without a DOM', async () => {
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(typeof globalThis.document, 'undefined');
  const schema = await import('order-widgets/schema');
  assert.equal(schema.interpolate('{count} GB', { count: 1234 }, 'de'), '1.234 GB');
});
