import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert, Button, DatePicker, Form, Input, Radio, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useCursorPages } from '../../../api/useCursorPages';
import { useDepartmentName } from '../../../app/departments';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { useT } from '../../../i18n/I18nProvider';
import { common } from '../../../i18n/common';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { formatDateTime } from '../../../lib/dates';
import { AssetPicker } from '../shared/AssetPicker';
import { DepartmentSelect } from '../shared/DepartmentSelect';
import { EVENT_TYPE_KEYS, EventTypeKey, eventTypes } from '../shared/messages';
import { messages } from './messages';
import { missingChoice, Scope, TimelineForm, toTimelineQuery } from './timeline-filter';

type Entry = Schemas['TimelineEntryView'];
type FormValues = Omit<TimelineForm, 'fromDate' | 'toDate'> & { period?: [Dayjs | null, Dayjs | null] | null };

/** Every sign-in success and failure (and lock-out, sign-out): one click for the auditor. */
const SIGN_IN_TYPES = ['account.signed-in.v1', 'account.sign-in-failed.v1', 'account.locked-out.v1', 'session.ended.v1'] as const;

function toForm(values: FormValues): TimelineForm {
  const [from, to] = values.period ?? [];
  return { ...values, fromDate: from?.format('YYYY-MM-DD'), toDate: to?.format('YYYY-MM-DD') };
}

export default function TimelinePage() {
  const t = useT(messages);
  const c = useT(common);
  const typeName = useT(eventTypes);
  const departmentName = useDepartmentName();
  const [params] = useSearchParams();
  const initial: FormValues = params.get('assetId') ? { scope: 'asset', assetId: params.get('assetId') ?? undefined } : { scope: 'all' };
  const [form] = Form.useForm<FormValues>();
  const scope = Form.useWatch('scope', form) ?? initial.scope;
  const [asked, setAsked] = useState<TimelineForm>(toForm(initial));
  const missing = missingChoice(asked);
  const pages = useCursorPages<Entry>(
    async (cursor) => {
      if (missing) return { items: [], nextCursor: null };
      const page = await unwrap(
        api.GET('/api/audit/timeline', {
          params: { query: { ...toTimelineQuery(asked), limit: 50, after: cursor ? Number(cursor) : undefined } },
        }),
      );
      return { items: page.items, nextCursor: page.nextAfter === null ? null : String(page.nextAfter) };
    },
    [asked],
  );
  const label = (type: string) => ((EVENT_TYPE_KEYS as string[]).includes(type) ? typeName(type as EventTypeKey) : type);
  const roleName = (role: string | null) =>
    role && ['asset_manager', 'department_staff', 'finance_approver', 'auditor', 'resident', 'system_admin'].includes(role)
      ? c(`role.${role}` as 'role.auditor')
      : (role ?? '');

  return (
    <>
      <PageHeader title={t('title')} sub={t('sub')} />
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => setAsked(toForm(v))} style={{ marginBottom: 16 }}>
        <Form.Item name="scope" label={t('scope')}>
          <Radio.Group
            optionType="button"
            options={(['asset', 'department', 'transfer', 'all'] as Scope[]).map((s) => ({ value: s, label: t(`scope.${s}`) }))}
          />
        </Form.Item>
        <Space wrap align="start" size="middle">
          {scope === 'asset' && (
            <Form.Item name="assetId" label={t('scope.asset')}>
              <AssetPicker />
            </Form.Item>
          )}
          {scope === 'department' && (
            <Form.Item name="departmentId" label={t('scope.department')}>
              <DepartmentSelect />
            </Form.Item>
          )}
          {scope === 'transfer' && (
            <Form.Item name="transferId" label={t('transferId')}>
              <Input placeholder={t('transferPlaceholder')} style={{ width: 320 }} />
            </Form.Item>
          )}
          <Form.Item name="types" label={t('types')}>
            <Select
              mode="multiple"
              allowClear
              placeholder={t('typesPlaceholder')}
              style={{ minWidth: 240 }}
              options={EVENT_TYPE_KEYS.map((k) => ({ value: k, label: typeName(k) }))}
            />
          </Form.Item>
          <Form.Item name="actorId" label={t('actor')}>
            <Input placeholder={t('actorPlaceholder')} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="period" label={t('period')}>
            <DatePicker.RangePicker aria-label={t('period')} />
          </Form.Item>
          <Form.Item label=" ">
            <Space>
              <Button type="primary" htmlType="submit">
                {t('query')}
              </Button>
              <Button
                onClick={() => {
                  const values: FormValues = { scope: 'all', types: [...SIGN_IN_TYPES] };
                  form.setFieldsValue({
                    ...values,
                    assetId: undefined,
                    departmentId: undefined,
                    transferId: undefined,
                    actorId: undefined,
                    period: null,
                  });
                  setAsked(toForm(values));
                }}
              >
                {t('signIns')}
              </Button>
            </Space>
          </Form.Item>
        </Space>
      </Form>
      {missing && <Alert type="info" showIcon title={t(missing)} style={{ marginBottom: 12 }} />}
      <ApiErrorAlert error={pages.error} />
      <ScrollRegion label={t('title')}>
        <Table<Entry>
          rowKey="leafIndex"
          loading={pages.loading}
          dataSource={[...pages.items]}
          pagination={false}
          expandable={{
            expandedRowRender: (e) => (
              <div>
                <Typography.Text strong>{t('detail')}</Typography.Text>
                <pre style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{JSON.stringify(e.data, null, 2)}</pre>
              </div>
            ),
          }}
          columns={[
            { title: t('leaf'), dataIndex: 'leafIndex', width: 90 },
            { title: t('time'), dataIndex: 'occurredAt', width: 150, render: (v: string) => formatDateTime(v) },
            {
              title: t('event'),
              dataIndex: 'type',
              render: (type: string) => (
                <>
                  {label(type)}
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {type}
                  </Typography.Text>
                </>
              ),
            },
            {
              title: t('who'),
              dataIndex: 'actorId',
              render: (actor: string, e) => `${actor}${e.actorRole ? `（${roleName(e.actorRole)}）` : ''}`,
            },
            { title: t('units'), dataIndex: 'departmentIds', render: (ids: string[]) => ids.map(departmentName).join('、') },
            { title: t('reason'), dataIndex: 'reason', render: (r: string | null) => r ?? '—' },
            {
              title: t('subject'),
              dataIndex: 'streamId',
              render: (stream: string, e) =>
                stream.startsWith('asset-') ? (
                  <Link to={`/auditor/as-of?assetId=${stream.slice('asset-'.length)}&at=${encodeURIComponent(e.occurredAt)}`}>
                    {t('asOf')}
                  </Link>
                ) : (
                  <Typography.Text code>{stream}</Typography.Text>
                ),
            },
          ]}
        />
      </ScrollRegion>
      <Space style={{ marginTop: 12 }}>
        <Typography.Text type="secondary">{t('count', { n: pages.items.length })}</Typography.Text>
        {pages.hasMore ? (
          <Button onClick={pages.more} loading={pages.loading}>
            {c('loadMore')}
          </Button>
        ) : (
          pages.items.length > 0 && <Typography.Text type="secondary">{t('end')}</Typography.Text>
        )}
      </Space>
    </>
  );
}
