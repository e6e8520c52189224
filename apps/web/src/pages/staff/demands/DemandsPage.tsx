import { useState } from 'react';
import { App, Button, Card, Col, Empty, Form, Input, InputNumber, Row, Segmented, Table, Typography } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useDepartmentName } from '../../../app/departments';
import { useSession } from '../../../auth/AuthProvider';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { useFormDraft } from '../../../lib/drafts';
import { useSubmit } from '../../../lib/use-submit';
import { useCategories } from '../components/useCategories';
import { CloseDemandButton } from './CloseDemandButton';
import { DemandMatches } from './DemandMatches';
import { messages } from './messages';
import { CategoryCascader } from '../../../components/CategoryCascader';

type Values = Schemas['PostDemandRequestDto'];

/** 需求广场: post a need, see the open needs and the idle stock matching each, close my unit's needs once met. */
export default function DemandsPage() {
  const t = useT(messages);
  const { message } = App.useApp();
  const me = useSession()?.actor;
  const department = useDepartmentName();
  const categories = useCategories();
  const [form] = Form.useForm<Values>();
  const draft = useFormDraft<Values>('post-demand', form);
  const [scope, setScope] = useState<'mine' | 'all'>('mine');
  const [expanded, setExpanded] = useState<string[]>([]);
  const { busy, error, unplaced, submit: send } = useSubmit(form);
  const departmentId = scope === 'mine' ? (me?.departmentId ?? undefined) : undefined;
  const demands = useApi(() => unwrap(api.GET('/api/demands', { params: { query: { departmentId } } })), [departmentId]);

  const submit = async (values: Values) => {
    const body: Values = { ...values, neededBy: values.neededBy || undefined };
    const posted = await send((key) => unwrap(api.POST('/api/demands', { body, params: { header: { 'Idempotency-Key': key } } })));
    if (!posted) return;
    draft.clear();
    form.resetFields();
    void message.success(t('posted'));
    // The list read after this write waits for it (read-your-writes), so the new need shows with its matches.
    setScope('mine');
    setExpanded([posted.id]);
    demands.reload();
  };

  const required = (field: string) => [{ required: true, message: t('required', { field }) }];
  return (
    <>
      <PageHeader title={t('title')} sub={t('sub')} />
      <Card style={{ marginBottom: 16 }}>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ quantity: 1 }}
          onValuesChange={draft.save}
          onFinish={(v) => void submit(v)}
        >
          <Row gutter={16}>
            <Col xs={24} md={6}>
              <Form.Item name="categoryCode" label={t('category')} rules={required(t('category'))}>
                <CategoryCascader />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item name="quantity" label={t('quantity')} rules={required(t('quantity'))}>
                <InputNumber min={1} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={5}>
              <Form.Item name="neededBy" label={t('neededBy')}>
                <Input type="date" />
              </Form.Item>
            </Col>
            <Col xs={24} md={9}>
              <Form.Item name="purpose" label={t('purpose')} rules={required(t('purpose'))}>
                <Input maxLength={500} />
              </Form.Item>
            </Col>
          </Row>
          <ApiErrorAlert error={error} extra={unplaced} />
          <Button type="primary" htmlType="submit" loading={busy} style={{ minHeight: 44, marginTop: 8 }}>
            {t('post')}
          </Button>
        </Form>
      </Card>
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('title')}
          </Typography.Title>
        }
        extra={
          <Segmented
            aria-label={t('scope')}
            value={scope}
            onChange={(v) => setScope(v as 'mine' | 'all')}
            options={[
              { value: 'mine', label: t('onlyMine') },
              { value: 'all', label: t('allUnits') },
            ]}
          />
        }
      >
        <ApiErrorAlert error={demands.error} />
        <Table
          rowKey="demandId"
          size="small"
          loading={demands.loading}
          dataSource={demands.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: true }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('empty')} /> }}
          expandable={{
            expandedRowKeys: expanded,
            onExpandedRowsChange: (keys) => setExpanded(keys as string[]),
            expandedRowRender: (d) => (
              <section aria-label={t('matches')}>
                <Typography.Title level={5}>{t('matches')}</Typography.Title>
                <DemandMatches demandId={d.demandId} />
              </section>
            ),
          }}
          columns={[
            { title: t('purpose'), dataIndex: 'purpose' },
            { title: t('category'), dataIndex: 'categoryCode', render: (c: string) => `${c} ${categories.name(c)}` },
            { title: t('quantity'), dataIndex: 'quantity', align: 'right' },
            { title: t('department'), dataIndex: 'departmentId', render: (d: string) => department(d) },
            { title: t('neededBy'), dataIndex: 'neededBy', render: (v: string | null) => formatDate(v) },
            { title: t('postedAt'), dataIndex: 'postedAt', render: (v: string) => formatDateTime(v) },
            {
              title: t('actions'),
              key: 'actions',
              render: (_, d) =>
                d.departmentId === me?.departmentId && (
                  <CloseDemandButton demandId={d.demandId} purpose={d.purpose} onClosed={demands.reload} />
                ),
            },
          ]}
        />
      </Card>
    </>
  );
}
