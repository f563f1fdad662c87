// The CDN file's entry (dist/cdn/order-widgets.js, vite.cdn.config.ts): what a page without a bundler loads with one
// `<script type="module">` line. It registers <order-wizard> at once and the other three tags from a file beside it
// (order-widgets.elements.js), so that a phone shows the wizard's first step without first compiling and running the
// editor, the picker and the badge, which only later steps (or other pages) show. That file is loaded at once when the
// page already holds one of those tags, and otherwise once the wizard has shown its first step (or said why it
// cannot) and the page is idle: long before anyone reaches the size step.
//
// The example catalog (3 KB gzipped) is inside this file, not beside it as in the npm build: a wizard given no catalog
// shows its first step without a second request and the task that runs it, and one whose page sets `catalog` from a
// module script of its own (which runs after this one, when the wizard's first update has already asked for the
// example) used to fetch it anyway and wait for it. Only a page with `catalog-url` carries it unused.
import { defineElement } from '../elements/define-element.js';
import { OrderWizard } from '../elements/order-wizard/order-wizard.js';
import '../catalogs/built-in.js';

defineElement('order-wizard', OrderWizard);

const LATER_TAGS = ['trusted-sources-editor', 'node-size-picker', 'order-status-badge'];

let elements: Promise<void> | undefined;
/** Registers the other three tags (guarded, as `order-widgets/define` does); once. */
const loadElements = (): Promise<void> => (elements ??= import('./elements.js').then((module) => module.defineLaterElements()));

/** Runs `work` when the page is idle (soon in any case): after the frame that shows the first step, not before it. */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 50);
}

// A page that holds one of the other tags (as written in its HTML, which module scripts run after) needs it now; a
// wizard only once it shows its first step. Without either, the tags still come, when the page is idle, for elements
// a script adds later.
if (LATER_TAGS.some((tag) => document.querySelector(`${tag}:not(:defined)`))) void loadElements();
else {
  const shown = () => whenIdle(() => void loadElements());
  if (document.querySelector('order-wizard')) {
    for (const type of ['order-ready', 'order-config-error']) document.addEventListener(type, shown, { once: true });
    // A wizard that never gets its catalog (a URL that does not answer) keeps neither promise: the tags come anyway.
    addEventListener('load', () => setTimeout(shown, 3000), { once: true });
  } else shown();
}

export { OrderWizard };
/** Resolves once `<trusted-sources-editor>`, `<node-size-picker>` and `<order-status-badge>` are registered too. */
export const whenAllDefined = (): Promise<void> => loadElements();
// For pages on the CDN file, which reach the library through this module alone.
export { setFollowBrowserLanguage } from '../controllers/browser-language.js';
export { registerTranslation } from '../i18n/translations.js';
