import { defineMessages } from '../../../i18n/messages';

export const messages = defineMessages({
  'zh-CN': {
    title: '审计包导出',
    sub: '某单位某期间的全部事件及其包含证明，附签名树头；可用公钥离线核验（独立校验工具）。',
    period: '期间（北京时间，含首尾两日）',
    download: '下载审计包',
    required: '请选择单位和期间',
    done: '已下载 {file}：{n} 个事件，树大小 {size}。',
    verifyHint: '离线核验：node dist/apps/audit-verifier/src/main.js package <审计包.json> --key <公钥.pem>',
  },
  'en-US': {
    title: 'Audit package',
    sub: 'Every event of a unit in a period with its inclusion proof and the signed tree head; verify it offline with the public key (standalone verifier).',
    period: 'Period (China time, both days included)',
    download: 'Download the audit package',
    required: 'Choose a unit and a period',
    done: 'Downloaded {file}: {n} events, tree size {size}.',
    verifyHint: 'Offline check: node dist/apps/audit-verifier/src/main.js package <package.json> --key <public-key.pem>',
  },
});
