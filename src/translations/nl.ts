// `order-widgets/translations/nl`: registers Dutch on import, for a page that wants no extra request when an element
// first speaks Dutch, and for a server (`order-widgets/schema` then formats its messages in Dutch too). Without it,
// the elements load Dutch on demand.
import { nl } from '../i18n/locales/nl.js';
import { registerTranslation } from '../i18n/translations.js';

registerTranslation(nl);

export { nl };
export default nl;
// Each group on its own too.
export {
  nodeSizePickerMessagesNl, orderMessagesNl, orderStatusMessagesNl, orderWizardMessagesNl, trustedSourceMessagesNl,
  trustedSourcesEditorMessagesNl,
} from '../i18n/locales/nl.js';
