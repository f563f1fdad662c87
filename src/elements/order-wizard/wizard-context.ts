/**
 * What `<order-wizard>` shares with everything inside it through `@lit/context`: the validated catalog (undefined
 * while it loads or when it is invalid), the customer's draft and the locale. A step element or a host's own part
 * inside the wizard consumes them with `@consume({ context: wizardCatalogContext, subscribe: true })`. The catalog keeps
 * its texts in several languages: `catalogInLocale(catalog, lang)` (from `order-widgets/schema`) gives them for one.
 */
import { createContext } from '@lit/context';
import type { OrderDraft } from '../../core/wizard-draft.js';
import type { Locale } from '../../i18n/translate.js';
import type { Catalog } from '../../schema/catalog.js';

export const wizardCatalogContext = createContext<Catalog | undefined>(Symbol.for('order-widgets.wizard.catalog'));
export const wizardDraftContext = createContext<OrderDraft>(Symbol.for('order-widgets.wizard.draft'));
export const wizardLocaleContext = createContext<Locale>(Symbol.for('order-widgets.wizard.locale'));
