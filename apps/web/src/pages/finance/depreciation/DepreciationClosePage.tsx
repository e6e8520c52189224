import { useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Empty, Popconfirm, Row, Select, Table, Typography } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useSession } from '../../../auth/AuthProvider';
import { Money } from '../../../components/Money';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { formatFen } from '../../../lib/money';
import { DepartmentReport } from './DepartmentReport';
import { messages } from './messages';

type Month = Schemas['ClosedMonthView'];
type Closed = { month: string; assetsCharged: number; departments: number; totalFen: number; replayed: boolean };

/** 月末计提 (财政; managers and auditors read it): closed months with totals, the next one to close, the department report. */
export default function DepreciationClosePage() {
  const t = useT(messages);
  const role = useSession()?.actor.role;
  const keeper = role === 'finance_approver' || role === 'system_admin';
  const overview = useApi(() => unwrap(api.GET('/api/depreciation')), []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [result, setResult] = useState<Closed | null>(null);
  const [reportMonth, setReportMonth] = useState<string | null>(null);
  const data = overview.data;
  const next = data ? (data.nextMonth ?? data.lastEndedMonth) : null;
  const canClose = next !== null && data !== undefined && next <= data.lastEndedMonth;
  const shownMonth = reportMonth ?? data?.months[0]?.month ?? null;

  const close = async (month: string) => {
    setBusy(true);
    setError(undefined);
    try {
      const closed = await unwrap(
        api.POST('/api/depreciation/months', { params: { header: { 'Idempotency-Key': crypto.randomUUID() } }, body: { month } }),
      );
      setResult(closed);
      setReportMonth(month);
      overview.reload();
    } catch (e: unknown) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title={t('title')} sub={t('sub')} />
      <ApiErrorAlert error={overview.error ?? error} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card loading={overview.loading && !data} data-testid="depreciation-next">
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={data?.nextMonth ? t('next') : t('firstMonth')}>{next ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('lastEnded')}>{data?.lastEndedMonth ?? '—'}</Descriptions.Item>
            </Descriptions>
            <div style={{ marginTop: 16 }}>
              {!keeper ? (
                <Typography.Text type="secondary">{t('readOnly')}</Typography.Text>
              ) : canClose && next ? (
                <Popconfirm title={t('confirm', { month: next })} onConfirm={() => void close(next)}>
                  <Button type="primary" loading={busy}>
                    {t('close', { month: next })}
                  </Button>
                </Popconfirm>
              ) : (
                <Typography.Text>{t('nothingToClose', { month: next ?? '' })}</Typography.Text>
              )}
            </div>
            {result && (
              <Alert
                style={{ marginTop: 16 }}
                type="success"
                showIcon
                data-testid="close-result"
                title={
                  t('closed', {
                    month: result.month,
                    assets: result.assetsCharged.toLocaleString('zh-CN'),
                    departments: result.departments,
                    total: formatFen(result.totalFen),
                  }) + (result.replayed ? t('replayed') : '')
                }
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card title={t('months')}>
            <Table<Month>
              rowKey="month"
              size="small"
              pagination={false}
              dataSource={data?.months ?? []}
              locale={{ emptyText: <Empty description={t('none')} /> }}
              scroll={{ x: true }}
              columns={[
                { title: t('month'), dataIndex: 'month' },
                { title: t('assets'), align: 'right', render: (_, m) => m.assetsCharged.toLocaleString('zh-CN') },
                { title: t('departments'), align: 'right', dataIndex: 'departments' },
                { title: t('total'), align: 'right', render: (_, m) => <Money fen={m.totalFen} /> },
                { title: t('tableVersion'), dataIndex: 'tableVersion' },
                {
                  title: t('withoutLife'),
                  render: (_, m) => (m.withoutLife.length === 0 ? '—' : m.withoutLife.map((w) => `${w.prefix}（${w.assets}）`).join('、')),
                },
                { title: t('closedBy'), dataIndex: 'closedBy' },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Card
        title={t('report')}
        style={{ marginTop: 16 }}
        extra={
          <Select
            aria-label={t('reportMonth')}
            style={{ minWidth: 120 }}
            value={shownMonth ?? undefined}
            onChange={setReportMonth}
            options={(data?.months ?? []).map((m) => ({ value: m.month, label: m.month }))}
          />
        }
      >
        {shownMonth ? (
          <DepartmentReport month={shownMonth} key={`${shownMonth}-${data?.months.length ?? 0}`} />
        ) : (
          <Empty description={t('none')} />
        )}
      </Card>
    </>
  );
}
