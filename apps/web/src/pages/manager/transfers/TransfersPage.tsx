import { useState } from 'react';
import { Card, Empty, Space, Tabs } from 'antd';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useSession } from '../../../auth/AuthProvider';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { messages } from './messages';
import { Transfer, TransferSteps } from './TransferSteps';

const ENDED = ['completed', 'rejected', 'withdrawn'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits (briefly) until the transfer row shows a change made a moment ago. The second confirmation
 * completes the transfer in the same write, but the row may show the confirmation a moment before
 * the completion: wait for both.
 */
async function changedSince(before: Transfer): Promise<void> {
  for (let i = 0; i < 25; i++) {
    const now = await unwrap(api.GET('/api/transfers/{transferId}', { params: { path: { transferId: before.transferId } } }));
    const halfway = now.handoverReleasing && now.handoverReceiving && now.status !== 'completed';
    if (now.updatedAt !== before.updatedAt && !halfway) return;
    await sleep(200);
  }
}

/** 调剂与交接: my unit's transfers, either side, with their chain and the handover confirmation. */
export default function TransfersPage() {
  const t = useT(messages);
  const departmentId = useSession()?.actor.departmentId ?? undefined;
  const [tick, setTick] = useState(0);
  const transfers = useApi(() => unwrap(api.GET('/api/transfers', { params: { query: { departmentId } } })), [departmentId, tick]);
  const list = (ended: boolean) => {
    const rows = (transfers.data ?? []).filter((tr) => ENDED.includes(tr.status) === ended);
    if (!rows.length) return <Empty description={t('empty')} />;
    return (
      <Space orientation="vertical" style={{ width: '100%' }} size={16}>
        {rows.map((tr) => (
          <Card key={tr.transferId} size="small">
            <TransferSteps transfer={tr} onChanged={() => void changedSince(tr).then(() => setTick((n) => n + 1))} />
          </Card>
        ))}
      </Space>
    );
  };
  return (
    <>
      <PageHeader title={t('title')} />
      <ApiErrorAlert error={transfers.error} />
      <Card loading={transfers.loading && !transfers.data}>
        <Tabs
          items={[
            { key: 'open', label: t('inProgress'), children: list(false) },
            { key: 'ended', label: t('finished'), children: list(true) },
          ]}
        />
      </Card>
    </>
  );
}
