import { useState } from 'react';
import { Link } from 'react-router';
import { App, Button, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useSession } from '../../../auth/AuthProvider';
import { Money } from '../../../components/Money';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { formatDateTime } from '../../../lib/dates';
import { DisposalSteps } from './DisposalSteps';
import { DisposalKindKey, disposalWords } from './messages';
import { WriteOffDialog } from './WriteOffDialog';

type Disposal = Schemas['DisposalView'];
type StatusKey = 'pending_supervisor_review' | 'pending_finance_approval' | 'approved' | 'written_off' | 'rejected' | 'withdrawn';

/** 资产处置: the unit's requests with their chain; 撤回 while pending, 核销 once approved (with proceeds). */
export default function DisposalsPage() {
  const t = useT(disposalWords);
  const { message } = App.useApp();
  const mine = useSession()?.actor.departmentId;
  const [reload, setReload] = useState(0);
  const [writingOff, setWritingOff] = useState<Disposal | null>(null);
  const [withdrawing, setWithdrawing] = useState<Disposal | null>(null);
  const list = useApi(() => unwrap(api.GET('/api/disposals', {})), [reload]);
  const refresh = () => setReload((n) => n + 1);
  return (
    <>
      <PageHeader title={t('title')} sub={t('sub')} />
      <ApiErrorAlert error={list.error} />
      <Table<Disposal>
        rowKey="disposalId"
        loading={list.loading}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('empty') }}
        scroll={{ x: 900 }}
        expandable={{ expandedRowRender: (d) => <DisposalSteps steps={d.steps} /> }}
        columns={[
          { title: t('requestedAt'), dataIndex: 'requestedAt', render: (v: string) => formatDateTime(v) },
          { title: t('kind'), dataIndex: 'kind', render: (k: string) => t(`kind.${k as DisposalKindKey}`) },
          {
            title: t('assets'),
            dataIndex: 'assets',
            render: (assets: Disposal['assets']) => (
              <Space orientation="vertical" size={0}>
                {assets.map((a) => (
                  <span key={a.assetId}>
                    {a.assetNo} {a.name}
                  </span>
                ))}
              </Space>
            ),
          },
          { title: t('totalValue'), dataIndex: 'totalOriginalValueFen', align: 'right', render: (f: string) => <Money fen={f} strong /> },
          {
            title: t('status'),
            dataIndex: 'status',
            render: (s: string, d) => (
              <Space orientation="vertical" size={0}>
                <Tag data-testid="disposal-status">{t(`status.${s as StatusKey}`)}</Tag>
                {d.endReason && (
                  <Typography.Text type="secondary">
                    {t('endReason')}：{d.endReason}
                  </Typography.Text>
                )}
                {(s === 'rejected' || s === 'withdrawn') &&
                  d.assets
                    .filter((a) => a.withdrawnListingId !== null)
                    .map((a) => (
                      <Typography.Text key={a.assetId} type="warning" data-testid="listing-stays-withdrawn">
                        {t('listingStaysWithdrawn', { assetNo: a.assetNo })}
                      </Typography.Text>
                    ))}
                {d.proceedsFen !== null && (
                  <Typography.Text>
                    {t('proceeds')}：<Money fen={d.proceedsFen} /> {d.treasuryVoucher ?? ''}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          {
            title: t('actions'),
            key: 'actions',
            render: (_: unknown, d) =>
              d.departmentId === mine && (
                <Space wrap>
                  {d.status === 'approved' && (
                    <Button type="primary" onClick={() => setWritingOff(d)} aria-label={`${t('writeOff')} ${d.assets[0]?.assetNo ?? ''}`}>
                      {t('writeOff')}
                    </Button>
                  )}
                  {d.status.startsWith('pending_') && <Button onClick={() => setWithdrawing(d)}>{t('withdraw')}</Button>}
                  {d.assets.length === 1 && d.status !== 'written_off' && (
                    <Link to={`/manager/assets/${d.assets[0].assetId}`}>{d.assets[0].assetNo}</Link>
                  )}
                </Space>
              ),
          },
        ]}
      />
      <WriteOffDialog
        disposal={writingOff}
        onClose={() => setWritingOff(null)}
        onDone={() => {
          void message.success(t('writtenOff'));
          setWritingOff(null);
          refresh();
        }}
      />
      <WithdrawDisposal
        disposal={withdrawing}
        onClose={() => setWithdrawing(null)}
        onDone={() => {
          setWithdrawing(null);
          refresh();
        }}
      />
    </>
  );
}

function WithdrawDisposal({ disposal, onClose, onDone }: { disposal: Disposal | null; onClose: () => void; onDone: () => void }) {
  const t = useT(disposalWords);
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<unknown>();
  const ok = async () => {
    const { reason } = await form.validateFields();
    try {
      await unwrap(
        api.POST('/api/disposals/{disposalId}/withdrawal', {
          params: { path: { disposalId: disposal?.disposalId ?? '' } },
          body: { reason },
        }),
      );
      form.resetFields();
      onDone();
    } catch (e: unknown) {
      setError(e);
    }
  };
  return (
    <Modal title={t('withdraw')} open={disposal !== null} onCancel={onClose} onOk={() => void ok()} destroyOnHidden forceRender>
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t('withdrawReason')} rules={[{ required: true, min: 2, message: t('reasonRequired') }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
      <ApiErrorAlert error={error} />
    </Modal>
  );
}
