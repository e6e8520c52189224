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
    property: '所在物业（房间/场地或地块）',
    propertyHelp:
      '共享空间应属于本单位登记或使用的物业（暂未登记的可先发布，之后再关联）；办公用房依《机关事务管理条例》第二十三条不得出借，不能选择。',
    propertyPlaceholder: '输入名称、物业编号或地址查找',
    noProperty: '本单位物业台账中没有找到，请先登记物业',
    officeNotShareable: '办公用房，不可共享',
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
    property: 'Property (room or parcel)',
    propertyHelp:
      "A shared space belongs to a property on your unit's register or used by it (publish now and tie it later if it is not registered yet); office rooms cannot be lent (Regulations on Government Offices Affairs, art. 23) and cannot be chosen.",
    propertyPlaceholder: 'Search by name, property number or address',
    noProperty: "Nothing found in your unit's register: register the property first",
    officeNotShareable: 'office space, cannot be shared',
  },
});
