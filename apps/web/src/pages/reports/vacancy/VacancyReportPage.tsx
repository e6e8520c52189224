import { useMemo } from 'react';
import { Table } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useDepartmentName } from '../../../app/departments';
import { STATUS_COLOURS } from '../../../app/theme';
import { DownloadButtons } from '../../../components/DownloadButtons';
import { EChart } from '../../../components/EChart';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { formatCount } from '../../../lib/money';
import { formatRatio } from '../shared/report-math';
import { ReportSection } from '../shared/ReportSection';
import { messages } from './messages';

type Row = Schemas['VacancyRowView'];

/** Areas in m², one decimal, thousands separated (ui.md). */
const sqm = (n: number) => n.toLocaleString('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 物业空置与使用: vacant and occupied area per 主管部门 (chart and table) and per district, with CSV/XLSX. */
export default function VacancyReportPage() {
  const t = useT(messages);
  const unitName = useDepartmentName();
  const report = useApi(() => unwrap(api.GET('/api/reports/property-vacancy')), []);
  const departments = report.data?.byDepartment ?? [];
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 8, top: 8, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: departments.map((r) => unitName(r.unitId)), axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value', name: 'm²' },
      series: [
        { key: 'occupied', field: 'occupiedSqm', colour: STATUS_COLOURS.in_use },
        { key: 'vacant', field: 'vacantSqm', colour: STATUS_COLOURS.idle },
        { key: 'other', field: 'otherSqm', colour: STATUS_COLOURS.disposed },
      ].map(({ key, field, colour }) => ({
        name: t(key as 'occupied'),
        type: 'bar',
        stack: 'area',
        color: colour,
        data: departments.map((r) => r[field as 'occupiedSqm']),
      })),
    }),
    [departments, t, unitName],
  );
  const columns = (first: 'unit' | 'district') => [
    { title: t(first), dataIndex: 'unitId', render: (u: string) => unitName(u) },
    { title: t('properties'), dataIndex: 'properties', align: 'right' as const, render: formatCount },
    { title: t('total'), dataIndex: 'totalSqm', align: 'right' as const, render: sqm },
    { title: t('occupiedSqm'), dataIndex: 'occupiedSqm', align: 'right' as const, render: sqm },
    { title: t('vacantSqm'), dataIndex: 'vacantSqm', align: 'right' as const, render: sqm },
    { title: t('otherSqm'), dataIndex: 'otherSqm', align: 'right' as const, render: sqm },
    { title: t('vacancyRate'), dataIndex: 'vacancyRate', align: 'right' as const, render: (v: number | null) => formatRatio(v) },
    { title: t('utilisationRate'), dataIndex: 'utilisationRate', align: 'right' as const, render: (v: number | null) => formatRatio(v) },
  ];
  return (
    <>
      <PageHeader title={t('title')} sub={t('sub')} />
      <ApiErrorAlert error={report.error} />
      <ReportSection
        title={t('byDepartment')}
        exports={
          <DownloadButtons
            name="property-vacancy"
            download={(format) => unwrap(api.GET('/api/reports/property-vacancy', { params: { query: { format } }, parseAs: 'blob' }))}
          />
        }
        chart={<EChart option={option} label={t('chartLabel')} height={300} />}
        table={
          <Table<Row>
            rowKey="unitId"
            size="small"
            scroll={{ x: 'max-content' }}
            loading={report.loading}
            pagination={false}
            locale={{ emptyText: t('empty') }}
            dataSource={departments}
            columns={columns('unit')}
          />
        }
      />
      <ReportSection
        title={t('byDistrict')}
        exports={null}
        table={
          <Table<Row>
            rowKey="unitId"
            size="small"
            scroll={{ x: 'max-content' }}
            loading={report.loading}
            pagination={false}
            locale={{ emptyText: t('empty') }}
            dataSource={report.data?.byDistrict ?? []}
            columns={columns('district')}
          />
        }
      />
    </>
  );
}
