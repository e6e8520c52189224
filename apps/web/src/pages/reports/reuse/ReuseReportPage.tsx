import { useMemo, useState } from 'react';
import { Table, Typography } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useDepartmentName } from '../../../app/departments';
import { STATUS_COLOURS } from '../../../app/theme';
import { DownloadButtons } from '../../../components/DownloadButtons';
import { EChart } from '../../../components/EChart';
import { Money } from '../../../components/Money';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { useT } from '../../../i18n/I18nProvider';
import { common } from '../../../i18n/common';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { todayInChina } from '../../../lib/dates';
import { formatCount, sumFen } from '../../../lib/money';
import { reportWords } from '../shared/messages';
import { Period, PeriodForm } from '../shared/PeriodForm';
import { fenToYuanNumber, periodQuery, zeroFill } from '../shared/report-math';
import { ReportSection } from '../shared/ReportSection';
import { useDepartmentCodes } from '../shared/useDepartments';
import { messages } from './messages';

type Row = Schemas['ReuseRowView'];
type CountKey = 'transfersReceived' | 'purchaseRequests' | 'purchaseGateHits' | 'purchasesOverridden';

export default function ReuseReportPage() {
  const t = useT(messages);
  const r = useT(reportWords);
  const c = useT(common);
  const departmentName = useDepartmentName();
  const departments = useDepartmentCodes();
  const today = todayInChina();
  const [period, setPeriod] = useState<Period>({ fromDate: `${today.slice(0, 4)}-01-01`, toDate: today });
  const range = periodQuery(period.fromDate, period.toDate);
  const reuse = useApi(() => unwrap(api.GET('/api/reports/reuse', { params: { query: range } })), [range.from, range.to]);
  const rows = useMemo(
    () =>
      zeroFill(
        departments,
        reuse.data?.rows ?? [],
        (row) => row.departmentId,
        (departmentId): Row => ({
          departmentId,
          transfersReceived: 0,
          reallocatedOriginalValueFen: 0,
          reallocatedNetBookValueFen: 0,
          purchaseRequests: 0,
          purchaseGateHits: 0,
          purchasesOverridden: 0,
        }),
      ),
    [departments, reuse.data],
  );
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { data: [t('reallocated'), t('avoided')] },
      grid: { left: 8, right: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: rows.map((row) => departmentName(row.departmentId)), axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value', name: t('yuan') },
      series: [
        {
          name: t('reallocated'),
          type: 'bar',
          color: STATUS_COLOURS.transferred,
          data: rows.map((row) => fenToYuanNumber(row.reallocatedOriginalValueFen)),
        },
        { name: t('avoided'), type: 'bar', color: '#13a8a8', data: rows.map((row) => fenToYuanNumber(row.reallocatedNetBookValueFen)) },
      ],
    }),
    [rows, t, departmentName],
  );
  const count = (key: CountKey) => formatCount(rows.reduce((n, row) => n + row[key], 0));
  return (
    <>
      <PageHeader title={t('title')} sub={t('sub')} />
      <PeriodForm value={period} onChange={setPeriod} />
      <Typography.Paragraph type="secondary">{r('periodStamp', { from: period.fromDate, to: period.toDate })}</Typography.Paragraph>
      <ApiErrorAlert error={reuse.error} />
      <ReportSection
        title={t('section')}
        exports={
          <DownloadButtons
            name="reuse"
            download={(format) => unwrap(api.GET('/api/reports/reuse', { params: { query: { ...range, format } }, parseAs: 'blob' }))}
          />
        }
        chart={<EChart option={option} label={t('chartLabel')} />}
        table={
          <ScrollRegion label={t('section')}>
            <Table<Row>
              rowKey="departmentId"
              size="small"
              loading={reuse.loading}
              pagination={false}
              dataSource={rows}
              columns={[
                { title: r('department'), dataIndex: 'departmentId', render: (d: string) => departmentName(d) },
                { title: t('transfers'), dataIndex: 'transfersReceived', align: 'right', render: formatCount },
                {
                  title: t('reallocated'),
                  dataIndex: 'reallocatedOriginalValueFen',
                  align: 'right',
                  render: (f: number) => <Money fen={f} />,
                },
                { title: t('avoided'), dataIndex: 'reallocatedNetBookValueFen', align: 'right', render: (f: number) => <Money fen={f} /> },
                { title: t('requests'), dataIndex: 'purchaseRequests', align: 'right', render: formatCount },
                { title: t('hits'), dataIndex: 'purchaseGateHits', align: 'right', render: formatCount },
                { title: t('overridden'), dataIndex: 'purchasesOverridden', align: 'right', render: formatCount },
              ]}
              summary={() => (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>
                    <strong>{c('total')}</strong>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={1} align="right">
                    <strong>{count('transfersReceived')}</strong>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={2} align="right">
                    <Money fen={sumFen(rows.map((row) => row.reallocatedOriginalValueFen))} strong />
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={3} align="right">
                    <Money fen={sumFen(rows.map((row) => row.reallocatedNetBookValueFen))} strong />
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={4} align="right">
                    <strong>{count('purchaseRequests')}</strong>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={5} align="right">
                    <strong>{count('purchaseGateHits')}</strong>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={6} align="right">
                    <strong>{count('purchasesOverridden')}</strong>
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              )}
            />
          </ScrollRegion>
        }
      />
    </>
  );
}
