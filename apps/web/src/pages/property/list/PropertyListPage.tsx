import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Card, Flex, Grid, Input, List, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useCursorPages } from '../../../api/useCursorPages';
import { useDepartmentName } from '../../../app/departments';
import { useSession } from '../../../auth/AuthProvider';
import { useT } from '../../../i18n/I18nProvider';
import { common } from '../../../i18n/common';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { formatCount } from '../../../lib/money';
import { formatArea, PROPERTY_KINDS, PROPERTY_STATUSES, PROPERTY_USES, propertyWords } from '../messages';
import { messages } from './messages';
import { PropertyStatusTag } from '../PropertyStatusTag';
import { PropertyFilters, toPropertyQuery } from './property-filters';

type Property = Schemas['PropertyView'];
const PAGE = 50;

/** 物业台账: every property the caller's units own or occupy, filtered, paged by cursor; cards on a phone. */
export default function PropertyListPage() {
  const t = useT(messages);
  const tw = useT(propertyWords);
  const tc = useT(common);
  const navigate = useNavigate();
  const role = useSession()?.actor.role;
  const unitName = useDepartmentName();
  const wide = Grid.useBreakpoint().md ?? true;
  const [filters, setFilters] = useState<PropertyFilters>({});
  const [typed, setTyped] = useState('');
  const query = useMemo(() => toPropertyQuery(filters), [filters]);
  const pages = useCursorPages(
    (cursor) => unwrap(api.GET('/api/properties', { params: { query: { ...query, cursor, limit: PAGE } } })),
    [query],
  );
  const units = useApi(() => unwrap(api.GET('/api/departments')), []);
  const keeper = role === 'asset_manager' || role === 'system_admin';
  const statusTag = (s: string) => <PropertyStatusTag status={s} />;

  const columns: ColumnsType<Property> = [
    { key: 'no', title: tw('propertyNo'), render: (_, p) => <Link to={`/properties/${p.propertyId}`}>{p.propertyNo}</Link> },
    { key: 'name', title: tw('name'), dataIndex: 'name' },
    { key: 'kind', title: tw('kind'), render: (_, p) => tw(`kind.${p.kind as 'room'}`) },
    { key: 'use', title: tw('use'), render: (_, p) => tw(`use.${p.use as 'office'}`) },
    { key: 'area', title: t('area'), align: 'right', render: (_, p) => formatArea(p.grossAreaSqm) },
    { key: 'owner', title: tw('ownerUnit'), render: (_, p) => unitName(p.ownerUnitId) },
    { key: 'occupant', title: tw('occupantUnit'), render: (_, p) => (p.occupantUnitId ? unitName(p.occupantUnitId) : tw('none')) },
    { key: 'status', title: tw('status'), render: (_, p) => statusTag(p.status) },
    { key: 'address', title: tw('address'), dataIndex: 'address' },
  ];
  const choose = (key: keyof PropertyFilters) => (v: string) => setFilters((f) => ({ ...f, [key]: v || undefined }) as PropertyFilters);
  const select = (key: keyof PropertyFilters, label: string, values: readonly string[], word: (v: string) => string) => (
    <Select
      aria-label={label}
      style={{ minWidth: 140, flex: wide ? undefined : '1 1 45%' }}
      value={filters[key] ?? ''}
      onChange={choose(key)}
      options={[{ value: '', label: `${label}：${tw('all')}` }, ...values.map((v) => ({ value: v, label: word(v) }))]}
    />
  );

  return (
    <>
      <PageHeader
        title={t('title')}
        sub={t('sub', { n: formatCount(pages.items.length) })}
        extra={
          keeper && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/properties/new')} style={{ minHeight: 44 }}>
              {t('register')}
            </Button>
          )
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
            style={{ maxWidth: wide ? 320 : '100%' }}
          />
          {select('kind', tw('kind'), PROPERTY_KINDS, (v) => tw(`kind.${v as 'room'}`))}
          {select('use', tw('use'), PROPERTY_USES, (v) => tw(`use.${v as 'office'}`))}
          {select('status', tw('status'), PROPERTY_STATUSES, (v) => tw(`status.${v as 'idle'}`))}
          <Select
            aria-label={t('unit')}
            showSearch={{ optionFilterProp: 'label' }}
            style={{ minWidth: 200, flex: wide ? undefined : '1 1 100%' }}
            loading={units.loading}
            value={filters.unit ?? ''}
            onChange={choose('unit')}
            options={[
              { value: '', label: `${t('unit')}：${tw('all')}` },
              ...(units.data ?? []).map((d) => ({ value: d.code, label: `${d.name}（${d.code}）` })),
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
        </Flex>
        <ApiErrorAlert error={pages.error} />
        {wide ? (
          <Table<Property>
            rowKey="propertyId"
            columns={columns}
            dataSource={pages.items as Property[]}
            loading={pages.loading}
            pagination={false}
            scroll={{ x: 'max-content' }}
          />
        ) : (
          <List<Property>
            loading={pages.loading}
            dataSource={pages.items as Property[]}
            renderItem={(p) => (
              <List.Item key={p.propertyId}>
                <Link to={`/properties/${p.propertyId}`} style={{ display: 'block', width: '100%', minHeight: 44 }}>
                  <Flex justify="space-between" gap={8}>
                    <Typography.Text strong>{p.name}</Typography.Text>
                    {statusTag(p.status)}
                  </Flex>
                  <Typography.Text type="secondary">
                    {p.propertyNo} · {tw(`kind.${p.kind as 'room'}`)} · {tw(`use.${p.use as 'office'}`)} · {formatArea(p.grossAreaSqm)}
                  </Typography.Text>
                </Link>
              </List.Item>
            )}
          />
        )}
        <Flex justify="center" style={{ marginTop: 12 }}>
          {pages.hasMore ? (
            <Button onClick={pages.more} loading={pages.loading} style={{ minHeight: 44 }}>
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
