import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Card, Checkbox, Flex, Input, Popover, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useCursorPages } from '../../../api/useCursorPages';
import { useDepartmentName } from '../../../app/departments';
import { useSession } from '../../../auth/AuthProvider';
import { DownloadButtons } from '../../../components/DownloadButtons';
import { Money } from '../../../components/Money';
import { StatusTag } from '../../../components/StatusTag';
import { useT } from '../../../i18n/I18nProvider';
import { common } from '../../../i18n/common';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { formatDate } from '../../../lib/dates';
import { formatCount, sumFen } from '../../../lib/money';
import { messages } from './messages';
import { LabelsButton } from './LabelsButton';
import { CategoryCascader } from '../../../components/CategoryCascader';
import { AssetCondition, AssetStatus, RegisterFilters, toAssetQuery } from './register-filters';

type Asset = Schemas['AssetView'];
const STATUSES: AssetStatus[] = ['in_use', 'listed', 'in_transfer', 'pending_disposal'];
const CONDITIONS: AssetCondition[] = ['new', 'good', 'fair', 'poor', 'unusable'];
const PAGE = 50;

/** 资产台账: the department's register, filtered, counted by facet, paged by cursor, exportable. */
export default function RegisterPage() {
  const t = useT(messages);
  const tc = useT(common);
  const navigate = useNavigate();
  const departmentId = useSession()?.actor.departmentId;
  const departmentName = useDepartmentName();
  const [filters, setFilters] = useState<RegisterFilters>({});
  const [typed, setTyped] = useState('');
  const query = useMemo(() => toAssetQuery(filters, departmentId), [filters, departmentId]);
  const pages = useCursorPages(
    (cursor) => unwrap(api.GET('/api/assets', { params: { query: { ...query, cursor, limit: PAGE } } })),
    [query],
  );
  const facets = useApi(
    () => unwrap(api.GET('/api/search', { params: { query: { ...query, kind: ['asset'], facets: 'true', limit: 1 } } })),
    [query],
  );
  const categories = useApi(() => unwrap(api.GET('/api/categories')), []);
  const categoryName = (code: string) => categories.data?.find((c) => c.code === code)?.name ?? code;
  const total = Object.values(facets.data?.facets?.kind ?? {}).reduce((a, b) => a + b, 0);

  const allColumns: ColumnsType<Asset> = [
    { key: 'assetNo', title: t('assetNo'), render: (_, a) => <Link to={`/manager/assets/${a.assetId}`}>{a.assetNo}</Link> },
    { key: 'name', title: t('name'), dataIndex: 'name' },
    { key: 'category', title: t('category'), render: (_, a) => `${a.category.code} ${a.category.name}` },
    { key: 'custodian', title: t('custodian'), dataIndex: 'custodian' },
    { key: 'location', title: t('location'), dataIndex: 'location' },
    { key: 'acquiredOn', title: t('acquiredOn'), render: (_, a) => formatDate(a.acquiredOn) },
    { key: 'originalValue', title: t('originalValue'), align: 'right', render: (_, a) => <Money fen={a.originalValueFen} /> },
    { key: 'netBookValue', title: t('netBookValue'), align: 'right', render: (_, a) => <Money fen={a.netBookValueFen} /> },
    { key: 'status', title: t('status'), render: (_, a) => <StatusTag status={a.status} /> },
  ];
  const [shown, setShown] = useState<string[]>(allColumns.map((c) => String(c.key)));
  const columns = allColumns.filter((c) => shown.includes(String(c.key)));
  const valueIndex = columns.findIndex((c) => c.key === 'originalValue');

  const facetTags = (facet: Record<string, number> | undefined, label: (k: string) => string, pick: (k: string) => void, active?: string) =>
    Object.entries(facet ?? {}).map(([k, n]) => (
      <Tag.CheckableTag key={k} checked={active === k} onChange={(on) => pick(on ? k : '')}>
        {label(k)} {formatCount(n)}
      </Tag.CheckableTag>
    ));

  return (
    <>
      <PageHeader
        title={t('title')}
        sub={t('sub', { unit: departmentName(departmentId), n: formatCount(total) })}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/manager/assets/new')}>
            {t('register')}
          </Button>
        }
      />
      <Card>
        <Flex wrap gap={12} style={{ marginBottom: 12 }}>
          <Input.Search
            aria-label={t('q')}
            placeholder={t('q')}
            allowClear
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            onSearch={(q) => setFilters((f) => ({ ...f, q }))}
            style={{ maxWidth: 360 }}
          />
          <CategoryCascader
            aria-label={t('category')}
            style={{ minWidth: 220 }}
            placeholder={`${t('category')}：${t('all')}`}
            value={filters.category}
            onChange={(category) => setFilters((f) => ({ ...f, category }))}
          />
          <Select
            aria-label={t('status')}
            style={{ minWidth: 140 }}
            value={filters.status ?? ''}
            onChange={(v) => setFilters((f) => ({ ...f, status: (v || undefined) as AssetStatus | undefined }))}
            options={[
              { value: '', label: `${t('status')}：${t('all')}` },
              ...STATUSES.map((s) => ({ value: s, label: tc(`status.${s}`) })),
            ]}
          />
          <Select
            aria-label={t('condition')}
            style={{ minWidth: 120 }}
            value={filters.condition ?? ''}
            onChange={(v) => setFilters((f) => ({ ...f, condition: (v || undefined) as AssetCondition | undefined }))}
            options={[
              { value: '', label: `${t('condition')}：${t('all')}` },
              ...CONDITIONS.map((c) => ({ value: c, label: tc(`condition.${c}`) })),
            ]}
          />
          <Button
            onClick={() => {
              setTyped('');
              setFilters({});
            }}
          >
            {tc('reset')}
          </Button>
          <Popover
            trigger="click"
            content={
              <Checkbox.Group
                value={shown}
                onChange={(v) => setShown(v)}
                options={allColumns.map((c) => ({ value: String(c.key), label: String(c.title) }))}
                style={{ display: 'grid' }}
              />
            }
          >
            <Button icon={<SettingOutlined />}>{t('columns')}</Button>
          </Popover>
          <Flex gap={8} wrap style={{ marginLeft: 'auto' }}>
            <LabelsButton query={query} />
            <DownloadButtons
              name="register"
              download={(format) =>
                unwrap(api.GET('/api/assets/export', { params: { query: { ...query, format } }, parseAs: 'blob' })) as Promise<Blob>
              }
            />
          </Flex>
        </Flex>
        <Space orientation="vertical" size={4} style={{ marginBottom: 12 }} data-testid="facets">
          <div>
            <Typography.Text type="secondary">{t('facetCategory')}：</Typography.Text>
            {facetTags(
              facets.data?.facets?.categoryClass,
              categoryName,
              (k) => setFilters((f) => ({ ...f, categoryClass: k || undefined })),
              filters.categoryClass,
            )}
          </div>
          <div>
            <Typography.Text type="secondary">{t('facetStatus')}：</Typography.Text>
            {facetTags(
              facets.data?.facets?.status,
              (k) => (STATUSES.includes(k as AssetStatus) ? tc(`status.${k as AssetStatus}`) : k),
              (k) => setFilters((f) => ({ ...f, status: (k || undefined) as AssetStatus | undefined })),
              filters.status,
            )}
          </div>
        </Space>
        <ApiErrorAlert error={pages.error ?? facets.error} />
        <Table<Asset>
          rowKey="assetId"
          columns={columns}
          dataSource={pages.items as Asset[]}
          loading={pages.loading}
          pagination={false}
          scroll={{ x: 'max-content' }}
          summary={(rows) =>
            rows.length > 0 && valueIndex >= 0 ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={valueIndex}>
                  <strong>{t('loadedTotal', { n: formatCount(rows.length) })}</strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={valueIndex} align="right">
                  <Money fen={sumFen(rows.map((r) => r.originalValueFen))} strong />
                </Table.Summary.Cell>
                {shown.includes('netBookValue') && (
                  <Table.Summary.Cell index={valueIndex + 1} align="right">
                    <Money fen={sumFen(rows.map((r) => r.netBookValueFen))} strong />
                  </Table.Summary.Cell>
                )}
              </Table.Summary.Row>
            ) : null
          }
        />
        <Flex justify="center" style={{ marginTop: 12 }}>
          {pages.hasMore ? (
            <Button onClick={pages.more} loading={pages.loading}>
              {t('more')}
            </Button>
          ) : (
            pages.items.length > 0 && <Typography.Text type="secondary">{t('end')}</Typography.Text>
          )}
        </Flex>
      </Card>
    </>
  );
}
