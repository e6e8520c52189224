import { useMemo } from 'react';
import { Link } from 'react-router';
import { Button, Table } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useDepartmentName } from '../../../app/departments';
import { STATUS_COLOURS } from '../../../app/theme';
import { DownloadButtons } from '../../../components/DownloadButtons';
import { EChart } from '../../../components/EChart';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { formatCount } from '../../../lib/money';
import { formatRatio } from '../shared/report-math';
import { ReportSection } from '../shared/ReportSection';
import { messages } from './messages';

type Row = Schemas['EligibilityRowView'];
type Kind = 'parking' | 'sports_venue' | 'school' | 'all';

/** 应开尽开统计: eligible vs opened per district (chart and table) and per kind, with CSV/XLSX. */
export default function EligibilityReportPage() {
  const t = useT(messages);
  const unitName = useDepartmentName();
  const report = useApi(() => unwrap(api.GET('/api/reports/sharing-eligibility')), []);
  const totals = (report.data?.rows ?? []).filter((r) => r.kind === 'all');
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 8, top: 8, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: totals.map((r) => unitName(r.districtId)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { key: 'eligibleOpened', colour: STATUS_COLOURS.transferred },
        { key: 'eligibleNotOpened', colour: STATUS_COLOURS.idle },
        { key: 'notEligible', colour: STATUS_COLOURS.disposed },
        { key: 'notAssessed', colour: '#bfbfbf' },
      ].map(({ key, colour }) => ({
        name: t(key as 'eligibleOpened'),
        type: 'bar',
        stack: 'venues',
        color: colour,
        data: totals.map((r) => (key === 'notAssessed' ? r.venues - r.assessed : (r[key as keyof Row] as number))),
      })),
    }),
    [totals, t, unitName],
  );
  const kindName = (k: string) => t(`kind.${k as Kind}`);
  const count = (key: keyof Row) => ({ title: t(key as never), dataIndex: key, align: 'right' as const, render: formatCount });
  const figures = [
    count('venues'),
    count('assessed'),
    count('eligible'),
    count('notEligible'),
    count('eligibleOpened'),
    count('eligibleNotOpened'),
    { title: t('openRate'), dataIndex: 'openRate', align: 'right' as const, render: (v: number | null) => formatRatio(v) },
  ];
  const downloads = (
    <DownloadButtons
      name="sharing-eligibility"
      download={(format) => unwrap(api.GET('/api/reports/sharing-eligibility', { params: { query: { format } }, parseAs: 'blob' }))}
    />
  );
  return (
    <>
      <PageHeader
        title={t('title')}
        sub={t('sub')}
        extra={
          <Link to="/property-survey">
            <Button>{t('survey')}</Button>
          </Link>
        }
      />
      <ApiErrorAlert error={report.error} />
      <ReportSection
        title={t('byDistrict')}
        exports={downloads}
        chart={<EChart option={option} label={t('chartLabel')} height={Math.max(260, 120 + totals.length * 24)} />}
        table={
          <ScrollRegion label={t('byDistrict')}>
            <Table<Row>
              rowKey={(r) => `${r.districtId}:${r.kind}`}
              size="small"
              loading={report.loading}
              pagination={false}
              locale={{ emptyText: t('empty') }}
              dataSource={report.data?.rows ?? []}
              columns={[
                { title: t('district'), dataIndex: 'districtId', render: (d: string) => unitName(d) },
                { title: t('kind'), dataIndex: 'kind', render: kindName },
                ...figures,
              ]}
            />
          </ScrollRegion>
        }
      />
      <ReportSection
        title={t('byKind')}
        exports={null}
        table={
          <Table<Row>
            rowKey="kind"
            size="small"
            loading={report.loading}
            pagination={false}
            dataSource={report.data?.byKind ?? []}
            columns={[{ title: t('kind'), dataIndex: 'kind', render: kindName }, ...figures]}
          />
        }
      />
    </>
  );
}
