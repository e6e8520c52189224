import { defineMessages } from '../../../i18n/messages';

export const messages = defineMessages({
  'zh-CN': { title: '工作台' },
  'en-US': { title: 'Dashboard' },
});
