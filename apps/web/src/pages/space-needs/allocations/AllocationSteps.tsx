import { Steps } from 'antd';
import type { Schemas } from '../../../api/client';
import { useT } from '../../../i18n/I18nProvider';
import { formatDateTime } from '../../../lib/dates';
import { spaceNeedWords } from '../messages';

type StepKind = 'supervisor_review' | 'finance_approval' | 'finance_filing';
type StepStatus = 'pending' | 'approved' | 'rejected';

/** The approval chain of one allocation, with who decided each step and when. */
export function AllocationSteps({ steps }: { steps: Schemas['AllocationStepViewDto'][] }) {
  const t = useT(spaceNeedWords);
  const current = steps.findIndex((s) => s.status !== 'approved');
  return (
    <Steps
      size="small"
      orientation="vertical"
      current={current === -1 ? steps.length : current}
      items={steps.map((s) => ({
        title: `${t(`step.${s.kind as StepKind}`)} · ${t(`stepStatus.${s.status as StepStatus}`)}`,
        status: s.status === 'approved' ? 'finish' : s.status === 'rejected' ? 'error' : 'wait',
        description: [s.by, s.comment, s.at ? formatDateTime(s.at) : null].filter(Boolean).join(' · ') || undefined,
      }))}
    />
  );
}
