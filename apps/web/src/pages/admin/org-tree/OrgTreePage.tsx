import { useMemo, useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, message, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useT } from '../../../i18n/I18nProvider';
import { common } from '../../../i18n/common';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { chinaInstant } from '../../../lib/dates';
import { buildTree, flatten, UnitRow } from './org-tree';
import { DialogKind, UnitDialog } from './UnitDialog';
import { messages } from './messages';

type Row = UnitRow & { depth: number };

/** The end of a China date: the instant an as-of view of that day shows. */
const dayEnd = (date: string) => new Date(new Date(chinaInstant(date)).getTime() + 86_400_000 - 1).toISOString();

/** 组织架构 (系统管理员): the tree with type and 统一社会信用代码; create, rename, move, close; the tree as of any date. */
/** Text on tint ≥ 4.5:1 (antd's preset green tag is below AA). */
const GREEN = { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' };

export default function OrgTreePage() {
  const t = useT(messages);
  const tc = useT(common);
  const [asOf, setAsOf] = useState<string | null>(null);
  const [dialog, setDialog] = useState<{ kind: DialogKind; unit: UnitRow | null } | null>(null);
  const [toast, toastHolder] = message.useMessage();
  const units = useApi(
    () => unwrap(api.GET('/api/org/units', { params: { query: asOf ? { asOf: dayEnd(asOf) } : {} } })) as Promise<UnitRow[]>,
    [asOf],
  );
  const rows = useMemo(() => flatten(buildTree(units.data ?? [])), [units.data]);
  const readOnly = asOf !== null;

  const act = (kind: DialogKind, unit: UnitRow) => (
    <Button size="small" onClick={() => setDialog({ kind, unit })} disabled={unit.closed} aria-label={`${t(kind)} ${unit.name}`}>
      {t(kind)}
    </Button>
  );

  return (
    <>
      {toastHolder}
      <PageHeader
        title={t('title')}
        sub={t('sub')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} disabled={readOnly} onClick={() => setDialog({ kind: 'create', unit: null })}>
            {t('create')}
          </Button>
        }
      />
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 12 }}>
        <Form.Item label={t('asOf')} htmlFor="org-as-of" extra={t('asOfHint')}>
          <DatePicker
            id="org-as-of"
            aria-label={t('asOf')}
            onChange={(d?: Dayjs | null) => setAsOf(d ? d.format('YYYY-MM-DD') : null)}
            value={undefined}
          />
        </Form.Item>
        {readOnly && (
          <Form.Item>
            <Button onClick={() => setAsOf(null)}>{t('backToNow')}</Button>
          </Form.Item>
        )}
      </Form>
      {readOnly && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('asOfStamp', { date: asOf })} />}
      <ApiErrorAlert error={units.error} />
      <Card>
        <Table<Row>
          rowKey="code"
          size="small"
          loading={units.loading}
          dataSource={rows}
          pagination={false}
          locale={{ emptyText: t('empty') }}
          columns={[
            {
              title: t('name'),
              render: (_, u) => (
                <span data-testid={`unit-${u.code}`} style={{ paddingLeft: u.depth * 20 }}>
                  {u.depth > 0 && <span aria-hidden>└ </span>}
                  {u.name}
                </span>
              ),
            },
            { title: t('code'), dataIndex: 'code' },
            { title: t('level'), render: (_, u) => <Tag>{t(`level.${u.level}`)}</Tag> },
            { title: t('unitType'), dataIndex: 'unitType' },
            { title: t('creditCode'), dataIndex: 'creditCode', render: (c: string) => <code>{c}</code> },
            { title: t('status'), render: (_, u) => (u.closed ? <Tag>{t('closed')}</Tag> : <Tag style={GREEN}>{t('open')}</Tag>) },
            ...(readOnly
              ? []
              : [
                  {
                    title: tc('actions'),
                    render: (_: unknown, u: Row) => (
                      <Space wrap>
                        {act('rename', u)}
                        {act('move', u)}
                        {act('close', u)}
                      </Space>
                    ),
                  },
                ]),
          ]}
        />
      </Card>
      {dialog && (
        <UnitDialog
          kind={dialog.kind}
          unit={dialog.unit}
          units={units.data ?? []}
          onCancel={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            void toast.success(t('saved'));
            units.reload();
          }}
        />
      )}
    </>
  );
}
