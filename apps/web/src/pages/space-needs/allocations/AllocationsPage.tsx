import { useState } from 'react';
import { App, Button, Space, Table, Tag, Typography } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useSession } from '../../../auth/AuthProvider';
import { useDepartmentName } from '../../../app/departments';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { AllocationStatusKey, spaceNeedWords, sqm } from '../messages';
import { AllocationSteps } from './AllocationSteps';
import { HandoverDialog } from './HandoverDialog';

type Allocation = Schemas['SpaceAllocationView'];

/** 物业调配: allocations into or out of the unit with their chain; the receiving manager confirms the handover (交接). */
export default function AllocationsPage() {
  const t = useT(spaceNeedWords);
  const { message } = App.useApp();
  const actor = useSession()?.actor;
  const unitName = useDepartmentName();
  const [handingOver, setHandingOver] = useState<Allocation | null>(null);
  const list = useApi(() => unwrap(api.GET('/api/space-allocations', {})), []);
  return (
    <>
      <PageHeader title={t('allocationsTitle')} sub={t('allocationsSub')} />
      <ApiErrorAlert error={list.error} />
      <ScrollRegion label={t('allocationsTitle')}>
        <Table<Allocation>
          rowKey="allocationId"
          loading={list.loading}
          dataSource={list.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('allocationsEmpty') }}
          style={{ minWidth: 820 }}
          expandable={{ expandedRowRender: (a) => <AllocationSteps steps={a.steps} /> }}
          columns={[
            { title: t('startedAt'), dataIndex: 'startedAt', render: (v: string) => formatDateTime(v) },
            { title: t('need'), dataIndex: 'needTitle' },
            {
              title: t('property'),
              key: 'property',
              render: (_: unknown, a) => `${a.propertyNo} ${a.propertyName} · ${sqm(a.grossAreaSqm)}`,
            },
            { title: t('from'), dataIndex: 'fromUnitId', render: (u: string) => unitName(u) },
            { title: t('to'), dataIndex: 'toDepartmentId', render: (u: string) => unitName(u) },
            {
              title: t('status'),
              dataIndex: 'status',
              render: (s: string, a) => (
                <Space orientation="vertical" size={0}>
                  <Tag data-testid="allocation-status">{t(`astatus.${s as AllocationStatusKey}`)}</Tag>
                  {a.handedOverOn && <Typography.Text type="secondary">{formatDate(a.handedOverOn)}</Typography.Text>}
                  {a.rejectReason && (
                    <Typography.Text type="secondary">
                      {t('rejectReason')}：{a.rejectReason}
                    </Typography.Text>
                  )}
                </Space>
              ),
            },
            {
              title: t('actions'),
              key: 'actions',
              render: (_: unknown, a) =>
                a.status === 'approved' &&
                actor?.role === 'asset_manager' &&
                actor.departmentId === a.toDepartmentId && (
                  <Button type="primary" style={{ minHeight: 44 }} onClick={() => setHandingOver(a)}>
                    {t('handover')}
                  </Button>
                ),
            },
          ]}
        />
      </ScrollRegion>
      <HandoverDialog
        allocation={handingOver}
        onClose={() => setHandingOver(null)}
        onDone={() => {
          void message.success(t('handedOver'));
          setHandingOver(null);
          list.reload();
        }}
      />
    </>
  );
}
