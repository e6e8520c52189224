import { useMemo, useState } from 'react';
import { Button, DatePicker, Form, Radio, Select, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useDepartmentName } from '../../../app/departments';
import { STATUS_COLOURS } from '../../../app/theme';
import { DownloadButtons } from '../../../components/DownloadButtons';
import { EChart } from '../../../components/EChart';
import { Money } from '../../../components/Money';
import { useT } from '../../../i18n/I18nProvider';
import { common } from '../../../i18n/common';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { formatCount } from '../../../lib/money';
import { reportWords } from '../shared/messages';
import { fenToYuanNumber, periodQuery } from '../shared/report-math';
import { ReportSection } from '../shared/ReportSection';
import { useDepartmentCodes } from '../shared/useDepartments';
import { CategoryLine, registerByCategory } from './register-by-category';
import { messages } from './messages';

type Level = 1 | 2 | 3 | 4;

interface Asked {
  date?: string;
  view: 'original' | 'corrected';
  departmentId?: string;
  level: Level;
}

/** As of a date the asset history groups by 门类 and 大类 only (the API refuses deeper levels then). */
const AS_OF_LEVELS: readonly Level[] = [1, 2];

export default function RegisterReportPage() {
  const t = useT(messages);
  const r = useT(reportWords);
  const c = useT(common);
  const departmentName = useDepartmentName();
  const departments = useDepartmentCodes();
  const [asked, setAsked] = useState<Asked>({ view: 'original', level: 1 });
  const [form] = Form.useForm();
  const chosenDate = Form.useWatch('date', form) as Dayjs | null | undefined;
  // As of the end of the chosen China day: the start of the next day, less a millisecond.
  const asOf = asked.date ? new Date(Date.parse(periodQuery(asked.date, asked.date).to) - 1).toISOString() : undefined;
  const query = { asOf, view: asked.view, level: asked.level };
  const summary = useApi(() => unwrap(api.GET('/api/reports/register-summary', { params: { query } })), [asOf, asked.view, asked.level]);
  const classes = useApi(() => unwrap(api.GET('/api/categories')), []);
  const { lines, total } = useMemo(
    () =>
      registerByCategory(
        // By 门类 every class of the catalogue is listed, at zero where none is held; deeper, the groups held.
        asked.level === 1 ? (classes.data ?? []).filter((c) => c.level === 'class') : [],
        summary.data?.rows ?? [],
        asked.departmentId,
      ),
    [classes.data, summary.data, asked.departmentId, asked.level],
  );
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { data: [t('originalValue'), t('netBookValue')] },
      grid: { left: 8, right: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: lines.map((l) => l.name), axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value', name: t('yuan') },
      series: [
        {
          name: t('originalValue'),
          type: 'bar',
          data: lines.map((l) => fenToYuanNumber(l.originalValueFen)),
          color: STATUS_COLOURS.in_use,
        },
        { name: t('netBookValue'), type: 'bar', data: lines.map((l) => fenToYuanNumber(l.netBookValueFen)), color: '#13a8a8' },
      ],
    }),
    [lines, t],
  );
  return (
    <>
      <PageHeader title={t('title')} sub={t('sub')} />
      <Form
        form={form}
        layout="inline"
        initialValues={{ view: 'original', level: 1 }}
        onValuesChange={(changed: { date?: Dayjs | null }) => {
          // Choosing a date keeps the level to what the history can answer.
          if (changed.date && !AS_OF_LEVELS.includes(form.getFieldValue('level') as Level)) form.setFieldValue('level', 2);
        }}
        onFinish={(v: { date?: Dayjs | null; view: Asked['view']; departmentId?: string; level: Level }) =>
          setAsked({ date: v.date?.format('YYYY-MM-DD'), view: v.view, departmentId: v.departmentId, level: v.level })
        }
        style={{ marginBottom: 16, rowGap: 12 }}
      >
        <Form.Item name="date" label={t('asOf')}>
          <DatePicker aria-label={t('asOf')} placeholder={t('asOfPlaceholder')} />
        </Form.Item>
        <Form.Item name="view" label={t('view')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'original', label: t('original') },
              { value: 'corrected', label: t('corrected') },
            ]}
          />
        </Form.Item>
        <Form.Item name="level" label={t('level')} extra={chosenDate ? t('levelAsOf') : undefined}>
          <Radio.Group
            optionType="button"
            options={([1, 2, 3, 4] as const).map((level) => ({
              value: level,
              label: t(`level${level}`),
              disabled: !!chosenDate && !AS_OF_LEVELS.includes(level),
            }))}
          />
        </Form.Item>
        <Form.Item name="departmentId" label={r('department')}>
          <Select
            aria-label={r('department')}
            allowClear
            placeholder={r('allDepartments')}
            style={{ minWidth: 200 }}
            options={departments.map((d) => ({ value: d, label: departmentName(d) }))}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit">
            {r('query')}
          </Button>
        </Form.Item>
      </Form>
      <ApiErrorAlert error={summary.error ?? classes.error} />
      <Typography.Paragraph type="secondary">
        {asked.date ? t('stampAsOf', { date: asked.date }) : t('stampNow')}
        {` · ${t('byLevel', { level: t(`level${asked.level}`) })}`}
        {asked.departmentId ? ` · ${departmentName(asked.departmentId)}` : ` · ${r('allDepartments')}`}
      </Typography.Paragraph>
      <ReportSection
        title={t('section')}
        exports={
          <DownloadButtons
            name="register-summary"
            download={(format) =>
              unwrap(api.GET('/api/reports/register-summary', { params: { query: { ...query, format } }, parseAs: 'blob' }))
            }
          />
        }
        chart={<EChart option={option} label={t('chartLabel')} />}
        table={
          <Table<CategoryLine>
            rowKey="code"
            size="small"
            loading={summary.loading || classes.loading}
            pagination={false}
            dataSource={lines}
            columns={[
              { title: t(`code${asked.level}`), dataIndex: 'code' },
              { title: t(`level${asked.level}`), dataIndex: 'name' },
              { title: t('count'), dataIndex: 'count', align: 'right', render: (n: number) => formatCount(n) },
              { title: t('originalValue'), dataIndex: 'originalValueFen', align: 'right', render: (f: bigint) => <Money fen={f} /> },
              { title: t('netBookValue'), dataIndex: 'netBookValueFen', align: 'right', render: (f: bigint) => <Money fen={f} /> },
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={2}>
                  <strong>{c('total')}</strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">
                  <strong>{formatCount(total.count)}</strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  <Money fen={total.originalValueFen} strong />
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  <Money fen={total.netBookValueFen} strong />
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
        }
      />
    </>
  );
}
