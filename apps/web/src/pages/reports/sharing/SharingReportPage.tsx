import { useMemo, useState } from 'react';
import { Empty, Table, Typography } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useDepartmentName } from '../../../app/departments';
import { DownloadButtons } from '../../../components/DownloadButtons';
import { EChart } from '../../../components/EChart';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { todayInChina } from '../../../lib/dates';
import { formatCount } from '../../../lib/money';
import { reportWords } from '../shared/messages';
import { Period, PeriodForm } from '../shared/PeriodForm';
import { addDays, formatRatio, periodQuery } from '../shared/report-math';
import { ReportSection } from '../shared/ReportSection';
import { messages } from './messages';

type SpaceHours = Schemas['SpaceHoursView'];
type SpaceUse = Schemas['UtilisationSpaceView'];
const HOURS = Array.from({ length: 24 }, (_, h) => h);
const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

export default function SharingReportPage() {
  const t = useT(messages);
  const r = useT(reportWords);
  const departmentName = useDepartmentName();
  const today = todayInChina();
  const [period, setPeriod] = useState<Period>({ fromDate: addDays(today, -7), toDate: addDays(today, 7) });
  const range = periodQuery(period.fromDate, period.toDate);
  const hourly = useApi(
    () => unwrap(api.GET('/api/reports/sharing-utilisation-by-hour', { params: { query: range } })),
    [range.from, range.to],
  );
  const summary = useApi(() => unwrap(api.GET('/api/reports/sharing-utilisation', { params: { query: range } })), [range.from, range.to]);
  const spaces = hourly.data?.spaces ?? [];
  const option = useMemo(
    () => ({
      tooltip: { position: 'top' },
      grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
      xAxis: { type: 'category', data: HOURS.map(hh), splitArea: { show: true } },
      yAxis: { type: 'category', data: spaces.map((s) => s.name), splitArea: { show: true } },
      visualMap: { min: 0, max: 100, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, text: ['100%', '0%'] },
      series: [
        {
          name: t('rate'),
          type: 'heatmap',
          // Hours with nothing offered read 0, so every cell is drawn.
          data: spaces.flatMap((s, y) => s.hours.map((h) => [h.hour, y, Math.round((h.bookedRate ?? 0) * 1000) / 10])),
          label: { show: false },
        },
      ],
    }),
    [spaces, t],
  );
  const hourColumns = HOURS.map((h) => ({
    title: hh(h),
    key: `h${h}`,
    align: 'right' as const,
    width: 64,
    render: (_: unknown, s: SpaceHours) => formatRatio(s.hours[h]?.bookedRate ?? null),
  }));
  return (
    <>
      <PageHeader title={t('title')} sub={t('sub')} />
      <PeriodForm value={period} onChange={setPeriod} />
      <Typography.Paragraph type="secondary">{r('periodStamp', { from: period.fromDate, to: period.toDate })}</Typography.Paragraph>
      <ApiErrorAlert error={hourly.error ?? summary.error} />
      <ReportSection
        title={t('heatSection')}
        exports={
          <DownloadButtons
            name="sharing-utilisation-by-hour"
            download={(format) =>
              unwrap(api.GET('/api/reports/sharing-utilisation-by-hour', { params: { query: { ...range, format } }, parseAs: 'blob' }))
            }
          />
        }
        chart={<EChart option={option} label={t('heatLabel')} height={Math.max(240, 80 + spaces.length * 36)} />}
        table={
          <>
            <Typography.Paragraph type="secondary">{t('hourHint')}</Typography.Paragraph>
            <ScrollRegion label={t('heatSection')}>
              <Table<SpaceHours>
                rowKey="spaceId"
                size="small"
                loading={hourly.loading}
                pagination={false}
                locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noSpaces')} /> }}
                dataSource={spaces}
                columns={[{ title: t('space'), dataIndex: 'name', width: 160 }, ...hourColumns]}
              />
            </ScrollRegion>
          </>
        }
      />
      <ReportSection
        title={t('summarySection')}
        exports={
          <DownloadButtons
            name="sharing-utilisation"
            download={(format) =>
              unwrap(api.GET('/api/reports/sharing-utilisation', { params: { query: { ...range, format } }, parseAs: 'blob' }))
            }
          />
        }
        table={
          <Table<SpaceUse>
            rowKey="spaceId"
            size="small"
            loading={summary.loading}
            pagination={false}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noSpaces')} /> }}
            dataSource={summary.data?.spaces ?? []}
            columns={[
              { title: t('space'), dataIndex: 'name' },
              { title: r('department'), dataIndex: 'departmentId', render: (d: string) => departmentName(d) },
              { title: t('offered'), dataIndex: 'offeredPlaceHours', align: 'right', render: (n: number) => n.toLocaleString('zh-CN') },
              { title: t('booked'), dataIndex: 'bookedPlaceHours', align: 'right', render: (n: number) => n.toLocaleString('zh-CN') },
              { title: t('used'), dataIndex: 'usedPlaceHours', align: 'right', render: (n: number) => n.toLocaleString('zh-CN') },
              { title: t('noShows'), dataIndex: 'noShows', align: 'right', render: formatCount },
              { title: t('noShowRate'), dataIndex: 'noShowRate', align: 'right', render: (v: number | null) => formatRatio(v) },
            ]}
          />
        }
      />
    </>
  );
}
