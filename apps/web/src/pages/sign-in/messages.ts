import { defineMessages } from '../../i18n/messages';

export const messages = defineMessages({
  'zh-CN': {
    title: '登录云公物仓',
    subtitle: '一本账管好公物：闲置先调剂，共享有秩序，历史可追溯',
    demoHint: '演示环境：选择一位演示用户登录',
    user: '演示用户',
    signIn: '登录',
    expired: '登录已过期，请重新登录；已填写的内容已保留。',
    noDemo: '演示登录未开启，请联系系统管理员',
  },
  'en-US': {
    title: 'Sign in to the Cloud Public-Asset Warehouse',
    subtitle: 'One ledger of public assets: reuse before buying, shared fairly, history you can trust',
    demoHint: 'Demo set-up: choose a demo user to sign in',
    user: 'Demo user',
    signIn: 'Sign in',
    expired: 'Your session expired. Please sign in again; what you typed has been kept.',
    noDemo: 'Demo sign-in is off; ask your administrator',
  },
});
