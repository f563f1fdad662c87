// `order-widgets/translations/de`: registers German on import, for a page that wants no extra request when an element
// first speaks German, and for a server (`order-widgets/schema` then formats its messages in German too). Without it,
// the elements load German on demand.
import { de } from '../i18n/locales/de.js';
import { registerTranslation } from '../i18n/translations.js';

registerTranslation(de);

export { de };
export default de;
// Each group on its own too; the order and trusted-source messages under the names `order-widgets/schema` used.
export {
  nodeSizePickerMessagesDe, orderMessagesDe, orderStatusMessagesDe, orderWizardMessagesDe, trustedSourceMessagesDe,
  trustedSourcesEditorMessagesDe,
} from '../i18n/locales/de.js';
