import { useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Descriptions, Empty, Form, message, Row, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useSession } from '../../../auth/AuthProvider';
import { Money } from '../../../components/Money';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { chinaInstant, formatDate } from '../../../lib/dates';
import { useCategories } from '../../staff/components/useCategories';
import { versionState } from './policy-state';
import { RecordPolicyForm } from './RecordPolicyForm';
import { messages } from './messages';

type Version = Schemas['ApprovalPolicyVersionView'];
const dayEnd = (date: string) => new Date(new Date(chinaInstant(date)).getTime() + 86_400_000 - 1).toISOString();

/** 审批规则 (财政; 审计 reads it): the policy in force (now or on a date), every version, and the form for the next one. */
/** Text on tint ≥ 4.5:1 (antd's preset green tag is below AA). */
const GREEN = { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' };

export default function ApprovalPolicyPage() {
  const t = useT(messages);
  const role = useSession()?.actor.role;
  const categories = useCategories();
  const [asOf, setAsOf] = useState<string | null>(null);
  const [toast, toastHolder] = message.useMessage();
  const overview = useApi(
    () => unwrap(api.GET('/api/approval-policies', { params: { query: asOf ? { asOf: dayEnd(asOf) } : {} } })),
    [asOf],
  );
  const data = overview.data;
  const inForce = data?.inForce ?? null;
  const classes = (codes: readonly string[]) =>
    codes.length === 0 ? t('noCategories') : codes.map((c) => `${c} ${categories.name(c)}`).join('、');
  const crossing = (yes: boolean) => (yes ? t('crossingApproval') : t('crossingFiling'));

  return (
    <>
      {toastHolder}
      <PageHeader title={t('title')} sub={t('sub')} />
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 12 }}>
        <Form.Item label={t('asOf')} htmlFor="policy-as-of">
          <DatePicker
            id="policy-as-of"
            aria-label={t('asOf')}
            onChange={(d?: Dayjs | null) => setAsOf(d ? d.format('YYYY-MM-DD') : null)}
          />
        </Form.Item>
        {asOf && (
          <Form.Item>
            <Button onClick={() => setAsOf(null)}>{t('backToNow')}</Button>
          </Form.Item>
        )}
      </Form>
      <ApiErrorAlert error={overview.error} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={role === 'finance_approver' ? 14 : 24}>
          <Card
            title={asOf ? t('inForceAt', { date: asOf }) : t('inForce')}
            loading={overview.loading && !data}
            data-testid="policy-in-force"
          >
            {inForce ? (
              <Descriptions column={1} size="small" bordered>
                <Descriptions.Item label={t('version')}>{inForce.version}</Descriptions.Item>
                <Descriptions.Item label={t('effectiveFrom')}>{inForce.effectiveFrom}</Descriptions.Item>
                <Descriptions.Item label={t('threshold')}>
                  <Money fen={inForce.rules.financeApprovalAboveFen} />
                </Descriptions.Item>
                <Descriptions.Item label={t('disposalThreshold')}>
                  {inForce.rules.disposalFinanceApprovalAboveFen === undefined ? (
                    t('disposalAll')
                  ) : (
                    <Money fen={inForce.rules.disposalFinanceApprovalAboveFen} />
                  )}
                </Descriptions.Item>
                <Descriptions.Item label={t('crossing')}>{crossing(inForce.rules.crossingNeedsFinanceApproval)}</Descriptions.Item>
                <Descriptions.Item label={t('categories')}>{classes(inForce.rules.financeApprovalCategories)}</Descriptions.Item>
                <Descriptions.Item label={t('reason')}>{inForce.reason}</Descriptions.Item>
              </Descriptions>
            ) : (
              <Alert type="warning" showIcon title={t('none')} />
            )}
          </Card>
          <Card title={t('history')} style={{ marginTop: 16 }}>
            <Table<Version>
              rowKey="version"
              size="small"
              pagination={false}
              dataSource={[...(data?.history ?? [])].reverse()}
              locale={{ emptyText: <Empty description={t('none')} /> }}
              scroll={{ x: true }}
              columns={[
                { title: t('version'), dataIndex: 'version' },
                { title: t('effectiveFrom'), dataIndex: 'effectiveFrom' },
                { title: t('threshold'), align: 'right', render: (_, v) => <Money fen={v.rules.financeApprovalAboveFen} /> },
                {
                  title: t('disposalThreshold'),
                  align: 'right',
                  render: (_, v) =>
                    v.rules.disposalFinanceApprovalAboveFen === undefined ? (
                      t('disposalAll')
                    ) : (
                      <Money fen={v.rules.disposalFinanceApprovalAboveFen} />
                    ),
                },
                { title: t('crossing'), render: (_, v) => crossing(v.rules.crossingNeedsFinanceApproval) },
                { title: t('categories'), render: (_, v) => classes(v.rules.financeApprovalCategories) },
                { title: t('reason'), dataIndex: 'reason' },
                { title: t('recordedBy'), render: (_, v) => `${v.recordedBy}` },
                {
                  title: t('state'),
                  render: (_, v) => {
                    const state = versionState(data?.history ?? [], v.version, data?.asOf ?? new Date().toISOString());
                    return <Tag style={state === 'current' ? GREEN : undefined}>{t(`state.${state}`)}</Tag>;
                  },
                },
              ]}
            />
          </Card>
        </Col>
        {role === 'finance_approver' && (
          <Col xs={24} xl={10}>
            <Card title={t('record')}>
              <RecordPolicyForm
                onRecorded={(version, date) => {
                  void toast.success(t('saved', { version: version ?? '', date: formatDate(date) }));
                  overview.reload();
                }}
              />
            </Card>
          </Col>
        )}
      </Row>
    </>
  );
}
