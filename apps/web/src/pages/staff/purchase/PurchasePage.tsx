import { useState } from 'react';
import { Button, Card, Col, Form, Input, InputNumber, Row, Table, Typography } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useSession } from '../../../auth/AuthProvider';
import { Money } from '../../../components/Money';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { formatDateTime } from '../../../lib/dates';
import { useFormDraft } from '../../../lib/drafts';
import { useSubmit } from '../../../lib/use-submit';
import { parseYuanToFen } from '../../../lib/money';
import { useCategories } from '../components/useCategories';
import { GateAnswer, GateState } from './GateAnswer';
import { messages } from './messages';
import { CategoryCascader } from '../../../components/CategoryCascader';

type Body = Schemas['RequestPurchaseRequestDto'];
/** The API's field names; the amount typed in 元 as text and converted to 分 on submit. */
type Values = Omit<Body, 'estimatedValueFen' | 'overrideReason'> & { estimatedValueFen: string };
type Status = GateState['gate'];
const STATUSES: readonly string[] = ['clear', 'blocked', 'overridden', 'withdrawn'];

/** 采购申请: the warehouse is checked first; the page shows the gate's answer and what to do next. */
export default function PurchasePage() {
  const t = useT(messages);
  const me = useSession()?.actor;
  const categories = useCategories();
  const [form] = Form.useForm<Values>();
  const draft = useFormDraft<Values>('purchase-request', form);
  const [answer, setAnswer] = useState<GateState | null>(null);
  const { busy, error, unplaced, submit: send } = useSubmit(form);
  const departmentId = me?.departmentId ?? undefined;
  const mine = useApi(() => unwrap(api.GET('/api/purchase-requests', { params: { query: { departmentId } } })), [departmentId]);

  const submit = async (values: Values) => {
    const body: Body = { ...values, estimatedValueFen: parseYuanToFen(values.estimatedValueFen) ?? -1 };
    const result = await send((key) =>
      unwrap(api.POST('/api/purchase-requests', { body, params: { header: { 'Idempotency-Key': key } } })),
    );
    if (!result) return;
    draft.clear();
    form.resetFields();
    setAnswer({ purchaseId: result.id, gate: result.gate ?? 'clear', matchedListingIds: result.matchedListingIds ?? [] });
    mine.reload();
  };

  const required = (field: string) => [{ required: true, message: t('required', { field }) }];
  const amount = {
    validator: (_: unknown, v?: string) =>
      !v || parseYuanToFen(v) !== null ? Promise.resolve() : Promise.reject(new Error(t('badAmount'))),
  };
  const statusText = (s: string) => (STATUSES.includes(s) ? t(`status.${s as Status}`) : s);
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
              <Form.Item name="estimatedValueFen" label={t('estimated')} rules={[...required(t('estimated')), amount]}>
                <Input inputMode="decimal" prefix="¥" />
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
            {t('check')}
          </Button>
        </Form>
      </Card>
      {answer && (
        <section aria-live="polite" style={{ marginBottom: 16 }}>
          <GateAnswer
            key={answer.purchaseId}
            state={answer}
            onChanged={(next) => {
              setAnswer(next);
              mine.reload();
            }}
          />
        </section>
      )}
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('mine')}
          </Typography.Title>
        }
      >
        <ApiErrorAlert error={mine.error} />
        <Table
          rowKey="purchaseId"
          size="small"
          loading={mine.loading}
          dataSource={mine.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: true }}
          columns={[
            { title: t('requestedAt'), dataIndex: 'requestedAt', render: (v: string) => formatDateTime(v) },
            { title: t('purpose'), dataIndex: 'purpose' },
            { title: t('category'), dataIndex: 'categoryCode', render: (c: string) => `${c} ${categories.name(c)}` },
            { title: t('quantity'), dataIndex: 'quantity', align: 'right' },
            { title: t('estimated'), dataIndex: 'estimatedValueFen', align: 'right', render: (v: string) => <Money fen={v} /> },
            { title: t('status'), dataIndex: 'status', render: statusText },
            { title: t('reason'), render: (_: unknown, r) => r.overrideReason ?? r.withdrawReason ?? '' },
            {
              title: t('handle'),
              render: (_: unknown, r) =>
                r.status === 'blocked' ? (
                  <Button
                    size="small"
                    aria-label={`${t('handle')} ${r.purpose}`}
                    onClick={() => setAnswer({ purchaseId: r.purchaseId, gate: 'blocked', matchedListingIds: r.matchedListingIds })}
                  >
                    {t('handle')}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
    </>
  );
}
