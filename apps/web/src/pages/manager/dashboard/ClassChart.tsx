import { useMemo } from 'react';
import { Table } from 'antd';
import { EChart } from '../../../components/EChart';
import { Money } from '../../../components/Money';
import { useT } from '../../../i18n/I18nProvider';
import { common } from '../../../i18n/common';
import { formatCount, formatFen, sumFen } from '../../../lib/money';
import type { ClassLine } from './dashboard-data';
import { messages } from './messages';

/** Assets by 门类: bars for count and original value, with the same figures in a table. */
export function ClassChart({ lines }: { lines: ClassLine[] }) {
  const t = useT(messages);
  const tc = useT(common);
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { data: [t('count'), t('originalValue')] },
      grid: { left: 48, right: 72, bottom: 64 },
      xAxis: { type: 'category', data: lines.map((l) => l.className), axisLabel: { interval: 0, rotate: 30 } },
      yAxis: [
        { type: 'value', name: t('count'), minInterval: 1 },
        { type: 'value', name: '元', axisLabel: { formatter: (v: number) => formatCount(v) } },
      ],
      series: [
        { name: t('count'), type: 'bar', data: lines.map((l) => l.count), itemStyle: { color: '#0958d9' } },
        {
          name: t('originalValue'),
          type: 'bar',
          yAxisIndex: 1,
          // Whole 元 from exact 分 (BigInt division) — the chart needs numbers, the table keeps the cents.
          data: lines.map((l) => Number(l.originalValueFen / 100n)),
          itemStyle: { color: '#d46b08' },
          tooltip: { valueFormatter: (v: number) => `¥${formatCount(v)}` },
        },
      ],
    }),
    [lines, t],
  );
  return (
    <>
      <EChart option={option} label={t('chartLabel')} />
      <Table<ClassLine>
        rowKey="classCode"
        size="small"
        pagination={false}
        dataSource={lines}
        columns={[
          { title: t('className'), render: (_, l) => `${l.classCode} ${l.className}` },
          { title: t('count'), align: 'right', render: (_, l) => formatCount(l.count) },
          { title: t('originalValue'), align: 'right', render: (_, l) => <Money fen={l.originalValueFen} /> },
          { title: t('netBookValue'), align: 'right', render: (_, l) => <Money fen={l.netBookValueFen} /> },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <strong>{tc('total')}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <strong>{formatCount(lines.reduce((n, l) => n + l.count, 0))}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              <strong className="money">{formatFen(sumFen(lines.map((l) => l.originalValueFen)))}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              <strong className="money">{formatFen(sumFen(lines.map((l) => l.netBookValueFen)))}</strong>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
    </>
  );
}
