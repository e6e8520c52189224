import { useState } from 'react';
import { Button, Popconfirm, Space, Steps, Tag, Typography } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useDepartmentName } from '../../../app/departments';
import { useSession } from '../../../auth/AuthProvider';
import { useT } from '../../../i18n/I18nProvider';
import { common } from '../../../i18n/common';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { formatDate } from '../../../lib/dates';
import { messages } from './messages';
import { ReceiveDialog } from './ReceiveDialog';

export type Transfer = Schemas['TransferView'];
type StepKind = 'pending_supervisor_review' | 'pending_finance_approval' | 'filed';
const STEP_LABEL: Record<string, StepKind> = {
  supervisor_review: 'pending_supervisor_review',
  finance_approval: 'pending_finance_approval',
  finance_filing: 'filed',
};
const ENDED = ['completed', 'rejected', 'withdrawn'];

/**
 * One transfer's chain: 申领 → 选定 → 主管部门审核 → 财政审批/备案 → 待交接 → 已交接, with who
 * approved when, and — for my side, while awaiting handover — the confirm button.
 */
export function TransferSteps({ transfer, onChanged }: { transfer: Transfer; onChanged: (revision: string) => void }) {
  const t = useT(messages);
  const tc = useT(common);
  const dept = useDepartmentName();
  const mine = useSession()?.actor.departmentId;
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [receiving, setReceiving] = useState(false);
  const side = transfer.fromDepartmentId === mine ? 'releasing' : transfer.toDepartmentId === mine ? 'receiving' : null;
  const myConfirmed = side === 'releasing' ? transfer.handoverReleasing : transfer.handoverReceiving;
  const canConfirm = transfer.status === 'awaiting_handover' && side !== null && !myConfirmed;
  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const result = await unwrap(
        api.POST('/api/assets/{assetId}/transfers/{transferId}/handover', {
          params: { path: { assetId: transfer.assetId, transferId: transfer.transferId } },
          body: {},
        }),
      );
      onChanged(result.revision);
    } catch (e: unknown) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const approvals = transfer.steps.map((s) => ({
    title: tc(`transfer.${STEP_LABEL[s.kind] ?? 'pending_supervisor_review'}`),
    status: s.status === 'approved' ? ('finish' as const) : s.status === 'rejected' ? ('error' as const) : ('wait' as const),
    content: s.at ? `${dept(s.byDepartmentId)} ${formatDate(s.at)}${s.comment ? `：${s.comment}` : ''}` : dept(s.approverDepartmentId),
  }));
  const handoverDone = transfer.status === 'completed';
  const items = [
    { title: t('claim'), status: 'finish' as const, content: dept(transfer.toDepartmentId) },
    { title: t('selected'), status: 'finish' as const, content: formatDate(transfer.startedAt) },
    ...approvals,
    {
      title: tc('transfer.awaiting_handover'),
      status: handoverDone ? ('finish' as const) : transfer.status === 'awaiting_handover' ? ('process' as const) : ('wait' as const),
      content: `${t('releasing')} ${transfer.handoverReleasing ? t('confirmed') : t('waiting')} · ${t('receiving')} ${transfer.handoverReceiving ? t('confirmed') : t('waiting')}`,
    },
    {
      title: tc('transfer.completed'),
      status: handoverDone ? ('finish' as const) : ('wait' as const),
      content: formatDate(transfer.completedAt),
    },
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text strong>
          {transfer.assetName}（{transfer.assetNo}）
        </Typography.Text>
        <Typography.Text>
          {dept(transfer.fromDepartmentId)} → {dept(transfer.toDepartmentId)}
        </Typography.Text>
        <Tag>{tc(`transfer.${transfer.status as 'completed'}`)}</Tag>
        {ENDED.includes(transfer.status) && transfer.endReason && <Typography.Text type="secondary">{transfer.endReason}</Typography.Text>}
      </Space>
      <Steps size="small" items={items} orientation="vertical" />
      {canConfirm && side === 'receiving' && (
        <>
          <Button type="primary" onClick={() => setReceiving(true)}>
            {t('confirmHandover')}（{t('receiving')}）
          </Button>
          <ReceiveDialog
            transfer={transfer}
            open={receiving}
            onClose={() => setReceiving(false)}
            onDone={(revision) => {
              setReceiving(false);
              onChanged(revision);
            }}
          />
        </>
      )}
      {canConfirm && side === 'releasing' && (
        <Popconfirm
          title={t('confirmTitle')}
          description={t('confirmBody')}
          onConfirm={() => void confirm()}
          okText={tc('confirm')}
          cancelText={tc('cancel')}
        >
          <Button type="primary" loading={busy}>
            {t('confirmHandover')}（{t('releasing')}）
          </Button>
        </Popconfirm>
      )}
      <ApiErrorAlert error={error} />
    </Space>
  );
}
