import { defineMessages } from '../../i18n/messages';

export const messages = defineMessages({
  'zh-CN': {
    title: '修改初始密码',
    intro: '首次登录请先设置您自己的密码。',
    rules: '至少 10 位，包含大写字母、小写字母、数字、符号中的三类，且不含用户名。',
    current: '当前密码（初始密码）',
    next: '新密码',
    again: '再次输入新密码',
    required: '请填写',
    mismatch: '两次输入的新密码不一致',
    submit: '修改密码',
  },
  'en-US': {
    title: 'Change your initial password',
    intro: 'Before anything else, set a password of your own.',
    rules: 'At least 10 characters, three kinds of upper-case, lower-case, digits and other characters, not containing your username.',
    current: 'Current (initial) password',
    next: 'New password',
    again: 'New password again',
    required: 'Required',
    mismatch: 'The two new passwords differ',
    submit: 'Change password',
  },
});
