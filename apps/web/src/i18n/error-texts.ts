import { defineMessages } from './messages';

/**
 * Our wording for error codes where a page says more than the API message. Other codes show the
 * API's own message, which it answers in the Accept-Language the client sends.
 */
export const errorTexts = defineMessages({
  'zh-CN': {
    UNKNOWN: '操作未成功，请稍后重试',
    NETWORK_ERROR: '网络连接失败，请检查网络后重试',
    VALIDATION_FAILED: '请检查标出的字段',
    VERSION_CONFLICT: '该记录已被他人修改，请刷新后重试',
    ROLE_NOT_ALLOWED: '当前角色无权执行此操作',
    INVALID_TOKEN: '登录已过期，请重新登录',
    UNAUTHENTICATED: '请先登录',
  },
  'en-US': {
    UNKNOWN: 'That did not work, please try again',
    NETWORK_ERROR: 'Could not reach the server; check the network and try again',
    VALIDATION_FAILED: 'Please check the marked fields',
    VERSION_CONFLICT: 'Someone else changed this record; reload and try again',
    ROLE_NOT_ALLOWED: 'Your role may not do this',
    INVALID_TOKEN: 'Your session expired, please sign in again',
    UNAUTHENTICATED: 'Please sign in first',
  },
});
