// Every English message by group, as a `Translation` groups them: what the language tests compare each shipped
// language with.
import { nodeSizePickerMessagesEn } from '../../src/i18n/node-size-picker.messages.js';
import { orderStatusMessagesEn } from '../../src/i18n/order-status.messages.js';
import { orderWizardMessagesEn } from '../../src/i18n/order-wizard.messages.js';
import { orderMessagesEn } from '../../src/i18n/order.messages.js';
import type { MessageTemplate } from '../../src/i18n/translate.js';
import type { MessageGroup } from '../../src/i18n/translations.js';
import { trustedSourcesEditorMessagesEn } from '../../src/i18n/trusted-sources-editor.messages.js';
import { trustedSourceMessagesEn } from '../../src/i18n/trusted-sources.messages.js';

export const ENGLISH: Record<MessageGroup, Readonly<Record<string, MessageTemplate>>> = {
  orderWizard: orderWizardMessagesEn,
  order: orderMessagesEn,
  trustedSources: trustedSourceMessagesEn,
  trustedSourcesEditor: trustedSourcesEditorMessagesEn,
  nodeSizePicker: nodeSizePickerMessagesEn,
  orderStatus: orderStatusMessagesEn,
};
