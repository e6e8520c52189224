import { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert, Button, Card, DatePicker, Empty, Form, List, Space, Table, Tag, Typography } from 'antd';
import { DiffOutlined } from '@ant-design/icons';
import dayjs, { Dayjs } from 'dayjs';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useDepartmentName } from '../../../app/departments';
import { Money } from '../../../components/Money';
import { useT } from '../../../i18n/I18nProvider';
import { common } from '../../../i18n/common';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { chinaInstant, CHINA_TZ, formatDateTime } from '../../../lib/dates';
import { AssetPicker } from '../shared/AssetPicker';
import { auditWords } from '../shared/messages';
import { CardField, compareCards, ComparedField } from './compare-cards';
import { messages } from './messages';

type AsOf = Schemas['AssetAsOfView'];
const MONEY: CardField[] = ['originalValueFen', 'accumulatedDepreciationFen', 'netBookValueFen'];
const STATUSES = ['in_use', 'listed', 'in_transfer', 'pending_disposal'];
const CONDITIONS = ['new', 'good', 'fair', 'poor', 'unusable'];

/** A China wall-clock picker value for an instant, and back. */
const toPicker = (iso: string): Dayjs => dayjs(dayjs(iso).tz(CHINA_TZ).format('YYYY-MM-DD HH:mm:ss'));
const fromPicker = (d: Dayjs): string => chinaInstant(d.format('YYYY-MM-DD'), d.format('HH:mm:ss'));
const chinaSeconds = (iso: string) => dayjs(iso).tz(CHINA_TZ).format('YYYY-MM-DD HH:mm:ss');

export default function AsOfPage() {
  const t = useT(messages);
  const w = useT(auditWords);
  const c = useT(common);
  const departmentName = useDepartmentName();
  const [params, setParams] = useSearchParams();
  const assetId = params.get('assetId') ?? undefined;
  const at = params.get('at') ?? new Date().toISOString();
  const views = useApi(async (): Promise<[AsOf, AsOf] | null> => {
    if (!assetId) return null;
    const get = (view: 'original' | 'corrected') =>
      unwrap(api.GET('/api/audit/assets/{assetId}/as-of', { params: { path: { assetId }, query: { at, view } } }));
    return Promise.all([get('original'), get('corrected')]);
  }, [assetId, at]);

  const show = (field: CardField, value: string | number | null): ReactNode => {
    if (value === null) return '—';
    if (MONEY.includes(field)) return <Money fen={value} />;
    if (field === 'departmentId') return departmentName(String(value));
    if (field === 'phase' && STATUSES.includes(String(value))) return c(`status.${value}` as 'status.in_use');
    if (field === 'condition' && CONDITIONS.includes(String(value))) return c(`condition.${value}` as 'condition.good');
    return String(value);
  };
  const cell = (row: ComparedField, value: string | number | null) =>
    row.differs ? (
      <mark>
        <strong>{show(row.field, value)}</strong>
      </mark>
    ) : (
      show(row.field, value)
    );

  const [original, corrected] = views.data ?? [];
  const rows = original && corrected ? compareCards(original.state, corrected.state) : [];
  const changed = rows.filter((r) => r.differs).length;
  return (
    <>
      <PageHeader
        title={t('title')}
        sub={t('sub')}
        extra={assetId && <Link to={`/auditor/timeline?assetId=${assetId}`}>{t('timeline')}</Link>}
      />
      <Form
        layout="inline"
        initialValues={{ assetId, at: toPicker(at) }}
        onFinish={(v: { assetId?: string; at?: Dayjs }) =>
          setParams({ ...(v.assetId ? { assetId: v.assetId } : {}), at: v.at ? fromPicker(v.at) : new Date().toISOString() })
        }
        style={{ marginBottom: 16, rowGap: 12 }}
      >
        <Form.Item name="assetId" label={w('asset')}>
          <AssetPicker />
        </Form.Item>
        <Form.Item name="at" label={`${t('at')}（${w('chinaTime')}）`}>
          <DatePicker showTime aria-label={t('at')} format="YYYY-MM-DD HH:mm:ss" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit">
            {t('query')}
          </Button>
        </Form.Item>
      </Form>
      <ApiErrorAlert error={views.error} />
      {!assetId && <Empty description={t('chooseAsset')} />}
      {original && corrected && original.state.status === 'unregistered' && corrected.state.status === 'unregistered' && (
        <Empty description={t('notYet')} />
      )}
      {original && corrected && (original.state.status === 'registered' || corrected.state.status === 'registered') && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Alert
            role="status"
            type={changed ? 'warning' : 'success'}
            showIcon
            title={changed ? t('summary', { at: chinaSeconds(at), n: changed }) : t('summaryNone', { at: chinaSeconds(at) })}
          />
          <Table<ComparedField>
            rowKey="field"
            size="middle"
            loading={views.loading}
            pagination={false}
            dataSource={rows}
            onRow={(r) => ({ style: r.differs ? { background: '#fffbe6' } : undefined })}
            columns={[
              { title: t('field'), dataIndex: 'field', render: (f: CardField) => t(`field.${f}`) },
              { title: w('original'), key: 'original', render: (_, r) => cell(r, r.original) },
              { title: w('corrected'), key: 'corrected', render: (_, r) => cell(r, r.corrected) },
              {
                title: t('difference'),
                key: 'difference',
                render: (_, r) =>
                  r.differs ? (
                    <Tag icon={<DiffOutlined />}>{t('differs')}</Tag>
                  ) : (
                    <Typography.Text type="secondary">{t('same')}</Typography.Text>
                  ),
              },
            ]}
          />
          <Card title={t('laterCorrections')} size="small">
            <List
              dataSource={original.correctionsRecordedLater}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noLaterCorrections')} /> }}
              renderItem={(e) => {
                const data = e.data as { corrected?: Record<string, unknown> };
                const fields = Object.keys(data.corrected ?? {})
                  .map((f) => (`field.${f}` in messages['zh-CN'] ? t(`field.${f}` as 'field.name') : f))
                  .join('、');
                return (
                  <List.Item>
                    <Space orientation="vertical" size={0}>
                      <Typography.Text>
                        {t('correctionLine', { time: formatDateTime(e.occurredAt), actor: e.actorId, fields })}
                      </Typography.Text>
                      <Typography.Text type="secondary">
                        {t('reason')}：{e.reason ?? '—'}
                      </Typography.Text>
                    </Space>
                  </List.Item>
                );
              }}
            />
          </Card>
        </Space>
      )}
    </>
  );
}
