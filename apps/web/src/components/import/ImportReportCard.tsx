import { Alert, Card, Descriptions, Table, Typography } from 'antd';
import { Schemas } from '../../api/client';
import { useT } from '../../i18n/I18nProvider';
import { importMessages as messages } from './import-messages';

export type ImportReport = Schemas['ImportReportView'];

type Problem = ImportReport['problems'][number];
const count = (n: number) => n.toLocaleString('zh-CN');

/** The dry run's answer (asset and property imports alike): totals, then every problem by row and column (and the notes that do not stop it). */
export function ImportReportCard({ report }: { report: ImportReport }) {
  const t = useT(messages);
  const { totals } = report;
  const columns = [
    { title: t('row'), dataIndex: 'row', key: 'row', width: 72, render: (row: number | null) => row ?? t('wholeFile') },
    { title: t('column'), dataIndex: 'column', key: 'column', width: 110, render: (c: string | null) => c ?? '—' },
    { title: t('problem'), dataIndex: 'problem', key: 'problem' },
  ];
  return (
    <Card title={t('reportTitle')} style={{ marginBottom: 16 }}>
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('encoding')}>{t(`enc.${report.encoding}` as 'enc.xlsx')}</Descriptions.Item>
        <Descriptions.Item label={t('rows')}>{count(totals.rows)}</Descriptions.Item>
        <Descriptions.Item label={t('valid')}>{count(totals.valid)}</Descriptions.Item>
        <Descriptions.Item label={t('badRows')}>
          <Typography.Text strong={totals.badRows > 0}>{count(totals.badRows)}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('toImport')}>{count(totals.toImport)}</Descriptions.Item>
        <Descriptions.Item label={t('alreadyRegistered')}>{count(totals.alreadyRegistered)}</Descriptions.Item>
        <Descriptions.Item label={t('warnings')}>{count(totals.warnings)}</Descriptions.Item>
      </Descriptions>
      {totals.problems === 0 ? (
        <Alert type="success" showIcon title={t('noProblems')} />
      ) : (
        <Alert type="error" showIcon title={t('hasProblems', { n: count(totals.problems) })} />
      )}
      {report.problems.length > 0 && (
        <Table<Problem>
          style={{ marginTop: 12 }}
          size="small"
          scroll={{ x: 'max-content' }}
          rowKey={(p) => `${p.row}-${p.column}-${p.code}`}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          dataSource={report.problems}
          columns={columns}
          footer={report.truncated ? () => t('truncated') : undefined}
        />
      )}
      {report.warnings.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('warningsTitle')}
          </Typography.Title>
          <Table<Problem>
            size="small"
            scroll={{ x: 'max-content' }}
            rowKey={(p) => `${p.row}-${p.column}-${p.code}`}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            dataSource={report.warnings}
            columns={columns}
          />
        </>
      )}
    </Card>
  );
}
