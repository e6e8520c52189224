import { Steps } from 'antd';
import type { Schemas } from '../../../api/client';
import { useDepartmentName } from '../../../app/departments';
import { common } from '../../../i18n/common';
import { useT } from '../../../i18n/I18nProvider';
import { formatDateTime } from '../../../lib/dates';
import { messages } from './messages';

type Item = Schemas['ApprovalItemView'];
type StepKind = 'supervisor_review' | 'finance_approval' | 'finance_filing';

/** The chain so far: 申领 → 选定 → 主管部门审核 → 财政审批 (or 备案) → 待交接, each with who, when and what they said. */
export function ApprovalChain({ item }: { item: Item }) {
  const t = useT(messages);
  const tc = useT(common);
  const department = useDepartmentName();
  const { transfer, claim } = item;
  const stepWord = (s: string) => (s === 'approved' ? t('stepApproved') : s === 'rejected' ? t('stepRejected') : t('stepPending'));
  const items = [
    {
      title: tc('transfer.claimed'),
      status: 'finish' as const,
      content: claim
        ? `${department(claim.claimantDepartmentId)} · ${formatDateTime(claim.claimedAt)}`
        : department(transfer.toDepartmentId),
    },
    { title: tc('transfer.selected'), status: 'finish' as const, content: formatDateTime(transfer.startedAt) },
    ...transfer.steps.map((s) => ({
      title: `${t(`step.${s.kind as StepKind}`)}（${stepWord(s.status)}）`,
      status: s.status === 'approved' ? ('finish' as const) : s.status === 'rejected' ? ('error' as const) : ('process' as const),
      content: [
        s.byDepartmentId || s.approverDepartmentId ? department(s.byDepartmentId ?? s.approverDepartmentId) : '',
        s.comment ?? '',
        s.at ? formatDateTime(s.at) : '',
        s.escalatedAt ? t('escalated', { at: formatDateTime(s.escalatedAt) }) : '',
      ]
        .filter(Boolean)
        .join(' · '),
    })),
    { title: tc('transfer.awaiting_handover'), status: 'wait' as const, content: '' },
  ];
  return (
    <section aria-label={t('chain')}>
      <Steps size="small" orientation="vertical" items={items} />
    </section>
  );
}
