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
import { TransferSteps } from './TransferSteps';

const ENDED = ['completed', 'rejected', 'withdrawn'];
/**
 * 调剂与交接: my unit's transfers, either side, with their chain and the handover confirmation. After
 * a confirmation the list is read again; read-your-writes holds that read until the confirmation (and
 * the completion written with it) is in the read model.
 */
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
            <TransferSteps transfer={tr} onChanged={() => setTick((n) => n + 1)} />
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
