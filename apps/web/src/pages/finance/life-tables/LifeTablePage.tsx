import { useState } from 'react';
import { Card, Col, Descriptions, message, Row, Select, Table } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useSession } from '../../../auth/AuthProvider';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { LoadTableForm } from './LoadTableForm';
import { messages } from './messages';

type Row = Schemas['LifeTableRowView'];

/** 折旧年限表: every version with its rows (the shipped one first); 财政 and the administrator load a new version from a CSV. */
export default function LifeTablePage() {
  const t = useT(messages);
  const role = useSession()?.actor.role;
  const keeper = role === 'finance_approver' || role === 'system_admin';
  const tables = useApi(() => unwrap(api.GET('/api/depreciation/life-tables')), []);
  const [chosen, setChosen] = useState<number | null>(null);
  const [toast, toastHolder] = message.useMessage();
  const all = tables.data ?? [];
  const shown = all.find((v) => v.version === chosen) ?? all[all.length - 1];

  return (
    <>
      {toastHolder}
      <PageHeader title={t('title')} sub={t('sub')} />
      <ApiErrorAlert error={tables.error} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={keeper ? 15 : 24}>
          <Card
            title={t('rows')}
            loading={tables.loading && !tables.data}
            extra={
              <Select
                aria-label={t('version')}
                style={{ minWidth: 200 }}
                value={shown?.version}
                onChange={setChosen}
                options={all.map((v) => ({ value: v.version, label: `${t('version')} ${v.version}（${v.effectiveFrom}）` }))}
              />
            }
          >
            {shown && (
              <>
                <Descriptions column={1} size="small" bordered style={{ marginBottom: 16 }}>
                  <Descriptions.Item label={t('version')}>{shown.version === 0 ? `0（${t('shipped')}）` : shown.version}</Descriptions.Item>
                  <Descriptions.Item label={t('effectiveFrom')}>{shown.effectiveFrom}</Descriptions.Item>
                  <Descriptions.Item label={t('source')}>{shown.source}</Descriptions.Item>
                  {shown.reason && <Descriptions.Item label={t('reason')}>{shown.reason}</Descriptions.Item>}
                  {shown.loadedBy && <Descriptions.Item label={t('loadedBy')}>{shown.loadedBy}</Descriptions.Item>}
                </Descriptions>
                <Table<Row>
                  rowKey="prefix"
                  size="small"
                  pagination={false}
                  dataSource={shown.rows}
                  data-testid="life-table-rows"
                  scroll={{ x: true }}
                  columns={[
                    { title: t('prefix'), dataIndex: 'prefix' },
                    { title: t('name'), dataIndex: 'name' },
                    { title: t('years'), align: 'right', render: (_, r) => (r.years === null ? t('notDepreciated') : r.years) },
                    { title: t('basis'), dataIndex: 'basis' },
                  ]}
                />
              </>
            )}
          </Card>
        </Col>
        {keeper && (
          <Col xs={24} xl={9}>
            <Card title={t('upload')}>
              <LoadTableForm
                onLoaded={(version, month) => {
                  void toast.success(t('saved', { version: version ?? '', month }));
                  setChosen(version);
                  tables.reload();
                }}
              />
            </Card>
          </Col>
        )}
      </Row>
    </>
  );
}
