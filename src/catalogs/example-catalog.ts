// The example catalog is for a wizard given none (a first try, Storybook): a page with its own catalog never
// downloads it, so it is a module of its own, plain data loaded on demand like a language. It is our own constant,
// already in parsed form (every default written out; the tests check that parsing it changes nothing), so it is not
// parsed again on every page load: on a phone that parse cost about a tenth of the time to the first step. This
// module is the loader alone (it imports nothing else), so that the CDN file can start the load before the rest of it
// is evaluated.
import type { Catalog } from '../schema/catalog.js';

let ready: Catalog | undefined;
let loading: Promise<Catalog> | undefined;

/** The example catalog once loaded, else undefined. */
export const exampleCatalog = (): Catalog | undefined => ready;

/** Loads the example catalog, once; after a failed load the next call tries again. */
export function loadExampleCatalog(): Promise<Catalog> {
  return (loading ??= import('./built-in.js').then(
    (module) => (ready = module.builtInCatalogReady),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}
