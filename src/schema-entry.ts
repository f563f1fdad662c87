// `order-widgets/schema`: schemas, built-in catalogs and the pure core functions. Imports neither lit nor the DOM,
// so an integrator's server validates an order with exactly the code the widget used.
export * from './i18n/translate.js';
