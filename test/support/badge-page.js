// A page of an integrator's app that shows <order-status-badge> and imports no language. test/node/packaging.test.mjs
// bundles it with code splitting and checks that German is a chunk of its own, which only a German page loads.
import 'order-widgets/order-status-badge/define';
