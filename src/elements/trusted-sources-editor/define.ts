// `order-widgets/trusted-sources-editor/define`: registers <trusted-sources-editor> (guarded) and exports its class.
import { defineElement } from '../define-element.js';
import { TrustedSourcesEditor } from './trusted-sources-editor.js';

defineElement('trusted-sources-editor', TrustedSourcesEditor);

export { TrustedSourcesEditor };
