// `order-widgets/translations/pl`: registers Polish on import, for a page that wants no extra request when an element
// first speaks Polish, and for a server (`order-widgets/schema` then formats its messages in Polish too). Without it,
// the elements load Polish on demand.
import { pl } from '../i18n/locales/pl.js';
import { registerTranslation } from '../i18n/translations.js';

registerTranslation(pl);

export { pl };
export default pl;
// Each group on its own too.
export {
  nodeSizePickerMessagesPl, orderMessagesPl, orderStatusMessagesPl, orderWizardMessagesPl, trustedSourceMessagesPl,
  trustedSourcesEditorMessagesPl,
} from '../i18n/locales/pl.js';
