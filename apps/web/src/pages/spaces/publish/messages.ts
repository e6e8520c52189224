import { defineMessages } from '../../../i18n/messages';

export const messages = defineMessages({
  'zh-CN': {
    title: '发布共享空间',
    name: '名称',
    kind: '类型',
    location: '地点',
    audiences: '开放对象',
    approval: '预约确认方式',
    'approval.automatic': '有名额即自动确认',
    'approval.manager': '由本单位逐个审核',
    publish: '发布',
    published: '已发布，居民和其他单位可以预约',
    required: '请填写{field}',
    draftKept: '已恢复上次未提交的内容',
  },
  'en-US': {
    title: 'Publish a shared space',
    name: 'Name',
    kind: 'Kind',
    location: 'Location',
    audiences: 'Open to',
    approval: 'How bookings are confirmed',
    'approval.automatic': 'At once while places remain',
    'approval.manager': 'We approve each one',
    publish: 'Publish',
    published: 'Published: residents and other units can book it now',
    required: 'Please fill in {field}',
    draftKept: 'Restored what you had not sent yet',
  },
});
