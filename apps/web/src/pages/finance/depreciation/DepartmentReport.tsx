import { Table } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { Money } from '../../../components/Money';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { messages } from './messages';

type Line = Schemas['DepartmentDepreciationLine'];

/** 本月折旧 by unit for one month, within what the reader covers, with its total row. */
export function DepartmentReport({ month }: { month: string }) {
  const t = useT(messages);
  const report = useApi(() => unwrap(api.GET('/api/depreciation/report', { params: { query: { month } } })), [month]);
  return (
    <>
      <ApiErrorAlert error={report.error} />
      <Table<Line>
        rowKey="departmentId"
        size="small"
        pagination={false}
        loading={report.loading}
        dataSource={report.data?.departments ?? []}
        data-testid="depreciation-report"
        scroll={{ x: true }}
        columns={[
          { title: t('department'), render: (_, l) => `${l.departmentName}（${l.departmentId}）` },
          { title: t('assets'), align: 'right', render: (_, l) => l.assets.toLocaleString('zh-CN') },
          { title: t('total'), align: 'right', render: (_, l) => <Money fen={l.totalFen} /> },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <strong>{t('sum')}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <strong>{(report.data?.departments ?? []).reduce((s, l) => s + l.assets, 0).toLocaleString('zh-CN')}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              <Money fen={report.data?.totalFen ?? 0} strong />
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
    </>
  );
}
