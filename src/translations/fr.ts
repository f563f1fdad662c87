// `order-widgets/translations/fr`: registers French on import, for a page that wants no extra request when an element
// first speaks French, and for a server (`order-widgets/schema` then formats its messages in French too). Without it,
// the elements load French on demand.
import { fr } from '../i18n/locales/fr.js';
import { registerTranslation } from '../i18n/translations.js';

registerTranslation(fr);

export { fr };
export default fr;
// Each group on its own too.
export {
  nodeSizePickerMessagesFr, orderMessagesFr, orderStatusMessagesFr, orderWizardMessagesFr, trustedSourceMessagesFr,
  trustedSourcesEditorMessagesFr,
} from '../i18n/locales/fr.js';
