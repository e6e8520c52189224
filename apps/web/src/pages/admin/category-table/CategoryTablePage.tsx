import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Descriptions, Form, Input, message, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { chinaInstant, formatDateTime } from '../../../lib/dates';
import { messages } from './messages';
import { TableProblem, tableProblemsOf } from './table-problems';

type Row = Schemas['CategoryView'];

/** The end of a China date: the instant an as-of view of that day shows. */
const dayEnd = (date: string) => new Date(new Date(chinaInstant(date)).getTime() + 86_400_000 - 1).toISOString();

/** 资产分类表 (系统管理员): load the official table from a CSV (every bad row reported), and the table in force at any date. */
export default function CategoryTablePage() {
  const t = useT(messages);
  const [asOf, setAsOf] = useState<string | null>(null);
  const [csv, setCsv] = useState('');
  const [source, setSource] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [reload, setReload] = useState(0);
  const [toast, toastHolder] = message.useMessage();
  const table = useApi(
    () => unwrap(api.GET('/api/categories/table', { params: { query: asOf ? { asOf: dayEnd(asOf) } : {} } })),
    [asOf, reload],
  );
  const refused = tableProblemsOf(error);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setCsv(await file.text());
    if (!source) setSource(file.name);
  };

  const load = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await unwrap(api.POST('/api/categories/table', { body: { csv, ...(source ? { source } : {}) } }));
      void toast.success(result.unchanged ? t('unchanged') : t('loaded', { version: result.version, rows: result.rowCount }));
      setReload((n) => n + 1);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {toastHolder}
      <PageHeader title={t('title')} sub={t('sub')} />
      <Card title={t('uploadTitle')} style={{ marginBottom: 16 }}>
        <Form layout="vertical" onFinish={() => void load()}>
          <Form.Item label={t('file')} htmlFor="category-csv-file">
            <input
              id="category-csv-file"
              type="file"
              accept=".csv,text/csv"
              aria-label={t('chooseFile')}
              onChange={(e) => void pick(e.target.files?.[0])}
            />
          </Form.Item>
          <Form.Item label={t('csv')} htmlFor="category-csv">
            <Input.TextArea id="category-csv" rows={6} value={csv} onChange={(e) => setCsv(e.target.value)} />
          </Form.Item>
          <Form.Item label={t('source')} htmlFor="category-source">
            <Input id="category-source" value={source} onChange={(e) => setSource(e.target.value)} maxLength={200} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} disabled={csv.trim() === ''}>
            {t('load')}
          </Button>
        </Form>
        {refused ? (
          <Space direction="vertical" style={{ width: '100%', marginTop: 16 }}>
            <Alert type="error" showIcon title={t('problemsTitle', { count: refused.count })} />
            <Table<TableProblem>
              rowKey={(p) => `${p.row}-${p.column}-${p.problem}`}
              size="small"
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              dataSource={refused.problems}
              columns={[
                { title: t('row'), dataIndex: 'row', width: 80 },
                { title: t('column'), dataIndex: 'column', width: 100 },
                { title: t('problem'), dataIndex: 'message' },
              ]}
            />
          </Space>
        ) : (
          <ApiErrorAlert error={error} />
        )}
      </Card>
      <Card title={t('inForce')}>
        <Form layout="inline" style={{ marginBottom: 16 }}>
          <Form.Item label={t('asOf')} htmlFor="category-as-of" extra={t('asOfHint')}>
            <DatePicker id="category-as-of" onChange={(d?: Dayjs | null) => setAsOf(d ? d.format('YYYY-MM-DD') : null)} />
          </Form.Item>
        </Form>
        <ApiErrorAlert error={table.error} />
        {table.data && (
          <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('version')}>{table.data.version === 0 ? t('shipped') : table.data.version}</Descriptions.Item>
            <Descriptions.Item label={t('source')}>{table.data.source}</Descriptions.Item>
            <Descriptions.Item label={t('loadedAt')}>
              {table.data.version === 0 ? '—' : formatDateTime(table.data.loadedAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('loadedBy')}>{table.data.loadedBy}</Descriptions.Item>
            <Descriptions.Item label={t('hash')}>
              <code style={{ wordBreak: 'break-all' }}>{table.data.contentHash}</code>
            </Descriptions.Item>
          </Descriptions>
        )}
        <Table<Row>
          rowKey="code"
          size="small"
          loading={table.loading}
          dataSource={table.data?.rows ?? []}
          pagination={{ pageSize: 100, hideOnSinglePage: true }}
          columns={[
            { title: t('code'), dataIndex: 'code', width: 130 },
            {
              title: t('name'),
              dataIndex: 'name',
              render: (name: string, r) => <span style={{ paddingLeft: (r.depth - 1) * 16 }}>{name}</span>,
            },
            { title: t('depth'), dataIndex: 'depth', width: 90, render: (d: number) => t(`depth.${d}` as 'depth.1') },
            { title: t('parent'), dataIndex: 'parent', width: 130, render: (p: string | null) => p ?? '—' },
          ]}
        />
      </Card>
    </>
  );
}
