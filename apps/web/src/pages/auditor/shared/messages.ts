import { defineMessages } from '../../../i18n/messages';

/** Words shared by the auditor pages. */
export const auditWords = defineMessages({
  'zh-CN': {
    asset: '资产',
    assetPlaceholder: '输入资产编号或名称搜索',
    department: '单位',
    departmentPlaceholder: '选择单位',
    original: '原始记录',
    corrected: '含后续更正',
    viewLabel: '口径',
    chinaTime: '北京时间',
    publicKey: '下载公钥',
    publicKeyHint: '公钥（PEM）用于离线核验签名树头和审计包；请保存在系统之外。',
    keyId: '密钥标识',
    suite: '密码算法',
    'suite.international': '国际算法（SHA-256、Ed25519）',
    'suite.gm': '国密算法（SM3、SM2）',
  },
  'en-US': {
    asset: 'Asset',
    assetPlaceholder: 'Search by asset number or name',
    department: 'Unit',
    departmentPlaceholder: 'Choose a unit',
    original: 'As recorded then',
    corrected: 'With later corrections',
    viewLabel: 'View',
    chinaTime: 'China time',
    publicKey: 'Download public key',
    publicKeyHint: 'The public key (PEM) verifies signed tree heads and audit packages offline; keep it outside the system.',
    keyId: 'Key id',
    suite: 'Algorithms',
    'suite.international': 'International (SHA-256, Ed25519)',
    'suite.gm': 'Chinese national (SM3, SM2)',
  },
});

/** Event types an auditor filters by, with their names. Unknown types are shown by their code. */
export const eventTypes = defineMessages({
  'zh-CN': {
    'asset.registered.v1': '资产登记',
    'asset.corrected.v1': '卡片更正',
    'asset.relocated.v1': '存放地点变更',
    'asset.listed.v1': '入仓（闲置发布）',
    'asset.listing-withdrawn.v1': '撤回发布',
    'asset.listing-expired.v1': '发布到期',
    'asset.claimed.v1': '申领',
    'asset.claim-selected.v1': '选定申领',
    'asset.transfer-step-approved.v1': '调剂审批通过',
    'asset.transfer-rejected.v1': '调剂驳回',
    'asset.transfer-withdrawn.v1': '调剂撤回',
    'asset.handover-confirmed.v1': '交接确认',
    'asset.transferred.v1': '调剂完成（已交接）',
    'audit.read.v1': '审计查阅',
  },
  'en-US': {
    'asset.registered.v1': 'Registered',
    'asset.corrected.v1': 'Card corrected',
    'asset.relocated.v1': 'Relocated',
    'asset.listed.v1': 'Listed as idle',
    'asset.listing-withdrawn.v1': 'Listing withdrawn',
    'asset.listing-expired.v1': 'Listing expired',
    'asset.claimed.v1': 'Claimed',
    'asset.claim-selected.v1': 'Claim selected',
    'asset.transfer-step-approved.v1': 'Transfer step approved',
    'asset.transfer-rejected.v1': 'Transfer rejected',
    'asset.transfer-withdrawn.v1': 'Transfer withdrawn',
    'asset.handover-confirmed.v1': 'Handover confirmed',
    'asset.transferred.v1': 'Transferred (handed over)',
    'audit.read.v1': 'Auditor read',
  },
});

export type EventTypeKey = keyof (typeof eventTypes)['zh-CN'];
export const EVENT_TYPE_KEYS = Object.keys(eventTypes['zh-CN']) as EventTypeKey[];
