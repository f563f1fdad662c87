// `order-widgets/schema`: schemas, the built-in example catalog and the pure core functions. Imports neither lit nor
// the DOM, so an integrator's server validates an order with exactly the code the widget used.
export * from './schema-api.js';
// Example data, here and not in `order-widgets`: a browser bundle with the elements never carries it (a wizard given
// no catalog loads it on demand).
export { builtInCatalog, builtInCatalogInput } from './catalogs/built-in-catalog.js';
