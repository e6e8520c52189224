import { useState } from 'react';
import { Link } from 'react-router';
import { App, Button, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useSession } from '../../../auth/AuthProvider';
import { useDepartmentName } from '../../../app/departments';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { formatDate } from '../../../lib/dates';
import { NeedStatusKey, spaceNeedWords, sqm, UseKey } from '../messages';
import { PostNeedDialog } from './PostNeedDialog';

type Need = Schemas['SpaceNeedView'];

/** 空间需求: the unit's needs with their status; post one, open its matches, withdraw an open one. */
export default function SpaceNeedsPage() {
  const t = useT(spaceNeedWords);
  const { message } = App.useApp();
  const session = useSession();
  const manager = session?.actor.role === 'asset_manager';
  const unitName = useDepartmentName();
  const [posting, setPosting] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Need | null>(null);
  const list = useApi(() => unwrap(api.GET('/api/space-needs', {})), []);
  const place = (n: Need) =>
    n.districtId !== null ? unitName(n.districtId) : t('radiusText', { km: ((n.radiusM ?? 0) / 1000).toFixed(1) });
  return (
    <>
      <PageHeader
        title={t('title')}
        sub={t('sub')}
        extra={
          manager && (
            <Button type="primary" style={{ minHeight: 44 }} onClick={() => setPosting(true)}>
              {t('post')}
            </Button>
          )
        }
      />
      <ApiErrorAlert error={list.error} />
      <ScrollRegion label={t('title')}>
        <Table<Need>
          rowKey="needId"
          loading={list.loading}
          dataSource={list.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('empty') }}
          style={{ minWidth: 760 }}
          columns={[
            { title: t('needTitle'), dataIndex: 'title' },
            { title: t('use'), dataIndex: 'use', render: (u: string) => t(`use.${u as UseKey}`) },
            { title: t('area'), key: 'area', align: 'right', render: (_: unknown, n) => `${sqm(n.minAreaSqm)}–${sqm(n.maxAreaSqm)}` },
            { title: t('place'), key: 'place', render: (_: unknown, n) => place(n) },
            { title: t('neededFrom'), dataIndex: 'neededFrom', render: (d: string) => formatDate(d) },
            {
              title: t('status'),
              dataIndex: 'status',
              render: (s: string, n) => (
                <Space orientation="vertical" size={0}>
                  <Tag data-testid="need-status">{t(`status.${s as NeedStatusKey}`)}</Tag>
                  {n.endReason && (
                    <Typography.Text type="secondary">
                      {t('endReason')}：{n.endReason}
                    </Typography.Text>
                  )}
                </Space>
              ),
            },
            {
              title: t('actions'),
              key: 'actions',
              render: (_: unknown, n) => (
                <Space wrap>
                  {n.status === 'open' && (
                    <Link to={`/space-needs/${n.needId}/matches`} aria-label={`${t('matches')} ${n.title}`}>
                      {t('matches')}
                    </Link>
                  )}
                  {manager && n.status === 'open' && <Button onClick={() => setWithdrawing(n)}>{t('withdraw')}</Button>}
                </Space>
              ),
            },
          ]}
        />
      </ScrollRegion>
      <PostNeedDialog
        open={posting}
        onClose={() => setPosting(false)}
        onDone={() => {
          void message.success(t('posted'));
          setPosting(false);
          list.reload();
        }}
      />
      <WithdrawNeed
        need={withdrawing}
        onClose={() => setWithdrawing(null)}
        onDone={() => {
          void message.success(t('withdrawn'));
          setWithdrawing(null);
          list.reload();
        }}
      />
    </>
  );
}

function WithdrawNeed({ need, onClose, onDone }: { need: Need | null; onClose: () => void; onDone: () => void }) {
  const t = useT(spaceNeedWords);
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<unknown>();
  const ok = async () => {
    const { reason } = await form.validateFields();
    try {
      await unwrap(
        api.POST('/api/space-needs/{needId}/withdrawal', { params: { path: { needId: need?.needId ?? '' } }, body: { reason } }),
      );
      form.resetFields();
      onDone();
    } catch (e: unknown) {
      setError(e);
    }
  };
  return (
    <Modal title={t('withdraw')} open={need !== null} onCancel={onClose} onOk={() => void ok()} destroyOnHidden forceRender>
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t('withdrawReason')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
      <ApiErrorAlert error={error} />
    </Modal>
  );
}
