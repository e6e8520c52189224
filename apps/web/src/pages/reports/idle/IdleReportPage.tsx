import { useMemo, useState } from 'react';
import { Button, Empty, Form, InputNumber, Space, Table, Typography } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useDepartmentName } from '../../../app/departments';
import { STATUS_COLOURS } from '../../../app/theme';
import { DownloadButtons } from '../../../components/DownloadButtons';
import { EChart } from '../../../components/EChart';
import { Money } from '../../../components/Money';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { formatDateTime, todayInChina } from '../../../lib/dates';
import { formatCount } from '../../../lib/money';
import { reportWords } from '../shared/messages';
import { Period, PeriodForm } from '../shared/PeriodForm';
import { formatRatio, periodQuery, zeroFill } from '../shared/report-math';
import { ReportSection } from '../shared/ReportSection';
import { useDepartmentCodes } from '../shared/useDepartments';
import { messages } from './messages';
import { useSession } from '../../../auth/AuthProvider';
import { RequestDisposalDialog } from '../../manager/disposals/RequestDisposalDialog';
import { disposalWords } from '../../manager/disposals/messages';
import { useNavigate } from 'react-router';

type RateRow = Schemas['IdleRateRowView'];
type LongRow = Schemas['LongIdleRowView'];

export default function IdleReportPage() {
  const t = useT(messages);
  const r = useT(reportWords);
  const departmentName = useDepartmentName();
  const departments = useDepartmentCodes();
  const today = todayInChina();
  const [period, setPeriod] = useState<Period>({ fromDate: `${today.slice(0, 4)}-01-01`, toDate: today });
  const [days, setDays] = useState(90);
  const td = useT(disposalWords);
  const navigate = useNavigate();
  const actor = useSession()?.actor;
  const [disposing, setDisposing] = useState<LongRow | null>(null);
  const range = periodQuery(period.fromDate, period.toDate);
  const rates = useApi(() => unwrap(api.GET('/api/reports/idle-rate', { params: { query: range } })), [range.from, range.to]);
  const longIdle = useApi(() => unwrap(api.GET('/api/reports/long-idle', { params: { query: { days } } })), [days]);
  const rows = useMemo(
    () =>
      zeroFill(
        departments,
        rates.data?.rows ?? [],
        (row) => row.departmentId,
        (departmentId): RateRow => ({ departmentId, assetDays: 0, idleDays: 0, idleRate: null }),
      ),
    [departments, rates.data],
  );
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: rows.map((row) => departmentName(row.departmentId)), axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value', name: '%', max: 100 },
      series: [
        {
          name: t('idleRate'),
          type: 'bar',
          color: STATUS_COLOURS.idle,
          data: rows.map((row) => Math.round((row.idleRate ?? 0) * 1000) / 10),
        },
      ],
    }),
    [rows, t, departmentName],
  );
  return (
    <>
      <PageHeader title={t('title')} sub={t('sub')} />
      <PeriodForm value={period} onChange={setPeriod} />
      <Typography.Paragraph type="secondary">{r('periodStamp', { from: period.fromDate, to: period.toDate })}</Typography.Paragraph>
      <ApiErrorAlert error={rates.error} />
      <ReportSection
        title={t('rateSection')}
        exports={
          <DownloadButtons
            name="idle-rate"
            download={(format) => unwrap(api.GET('/api/reports/idle-rate', { params: { query: { ...range, format } }, parseAs: 'blob' }))}
          />
        }
        chart={<EChart option={option} label={t('chartLabel')} />}
        table={
          <Table<RateRow>
            rowKey="departmentId"
            size="small"
            loading={rates.loading}
            pagination={false}
            dataSource={rows}
            columns={[
              { title: r('department'), dataIndex: 'departmentId', render: (d: string) => departmentName(d) },
              { title: t('assetDays'), dataIndex: 'assetDays', align: 'right', render: (n: number) => n.toLocaleString('zh-CN') },
              { title: t('idleDays'), dataIndex: 'idleDays', align: 'right', render: (n: number) => n.toLocaleString('zh-CN') },
              {
                title: t('idleRate'),
                dataIndex: 'idleRate',
                align: 'right',
                render: (v: number | null) => (v === null ? `0.0%（${r('noAssets')}）` : formatRatio(v)),
              },
            ]}
          />
        }
      />
      <ReportSection
        title={t('longSection')}
        exports={
          <DownloadButtons
            name="long-idle"
            download={(format) => unwrap(api.GET('/api/reports/long-idle', { params: { query: { days, format } }, parseAs: 'blob' }))}
          />
        }
        table={
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Form layout="inline" initialValues={{ days }} onFinish={(v: { days?: number | null }) => setDays(v.days ?? 90)}>
              <Form.Item name="days" label={t('days')}>
                <InputNumber min={1} max={3650} precision={0} />
              </Form.Item>
              <Form.Item>
                <Button htmlType="submit">{t('apply')}</Button>
              </Form.Item>
            </Form>
            <ApiErrorAlert error={longIdle.error} />
            <Table<LongRow>
              rowKey="assetId"
              size="small"
              loading={longIdle.loading}
              dataSource={longIdle.data?.rows ?? []}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noLongIdle')} /> }}
              columns={[
                { title: t('assetNo'), dataIndex: 'assetNo' },
                { title: t('name'), dataIndex: 'name' },
                { title: r('department'), dataIndex: 'departmentId', render: (d: string) => departmentName(d) },
                { title: t('listedAt'), dataIndex: 'listedAt', render: (v: string) => formatDateTime(v) },
                { title: t('idleFor'), dataIndex: 'idleDays', align: 'right', render: (n: number) => formatCount(n) },
                { title: t('originalValue'), dataIndex: 'originalValueFen', align: 'right', render: (f: number) => <Money fen={f} /> },
                // The holding unit's manager takes a long-idle asset straight to disposal (its listing is withdrawn by the request).
                ...(actor?.role === 'asset_manager'
                  ? [
                      {
                        title: td('actions'),
                        key: 'dispose',
                        render: (_: unknown, row: LongRow) =>
                          row.departmentId === actor.departmentId && (
                            <Button size="small" danger onClick={() => setDisposing(row)} aria-label={`${td('request')} ${row.assetNo}`}>
                              {td('request')}
                            </Button>
                          ),
                      },
                    ]
                  : []),
              ]}
            />
          </Space>
        }
      />
      <RequestDisposalDialog
        assetIds={disposing ? [disposing.assetId] : []}
        name={disposing ? `${disposing.name} · ${disposing.assetNo}` : ''}
        open={disposing !== null}
        onClose={() => setDisposing(null)}
        onDone={() => void navigate('/manager/disposals')}
      />
    </>
  );
}
