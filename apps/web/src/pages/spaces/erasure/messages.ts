import { defineMessages } from '../../../i18n/messages';

export const messages = defineMessages({
  'zh-CN': {
    intro:
      '居民通过电话、窗口或来信申请删除个人信息时，在这里办理。删除后其姓名、手机号和车牌无法恢复，各处显示为“已注销”；预约记录和统计保留。',
    residentId: '居民账号',
    residentIdHint: '申请人的居民账号（如 resident-1）',
    reason: '申请说明',
    reasonHint: '谁、何时、以何种方式申请，以及工单号',
    submit: '删除该居民的个人信息',
    confirmTitle: '确认删除？',
    confirmText: '删除后无法恢复。',
    confirm: '确认删除',
    keep: '不删除',
    done: '已删除 {id} 的个人信息',
    required: '请填写{field}',
  },
  'en-US': {
    intro:
      'When a resident asks by phone, at a counter or in writing to have their personal information erased, handle it here. Their name, phone and plate cannot be recovered afterwards and read “已注销” everywhere; bookings and figures remain.',
    residentId: 'Resident account',
    residentIdHint: 'The account of the person asking (e.g. resident-1)',
    reason: 'The request',
    reasonHint: 'Who asked, when, how, and its reference',
    submit: "Erase this resident's personal information",
    confirmTitle: 'Erase it?',
    confirmText: 'This cannot be undone.',
    confirm: 'Erase',
    keep: 'Keep it',
    done: 'Erased the personal information of {id}',
    required: 'Please fill in {field}',
  },
});
