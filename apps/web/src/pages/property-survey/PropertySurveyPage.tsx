import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Card, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import { api, Schemas } from '../../api/client';
import { unwrap } from '../../api/errors';
import { useApi } from '../../api/useApi';
import { useDepartmentName } from '../../app/departments';
import { useSession } from '../../auth/AuthProvider';
import { useT } from '../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../layout/ApiErrorAlert';
import { PageHeader } from '../../layout/PageHeader';
import { formatCount } from '../../lib/money';
import { AssessDialog } from './AssessDialog';
import { messages } from './messages';

type Venue = Schemas['SurveyVenueView'];
const KINDS = ['parking', 'sports_venue', 'school'] as const;
type Kind = (typeof KINDS)[number];
const PAGE = 20;

/**
 * 应开尽开摸排: the school parking lots, sports venues and school grounds of the units in scope, not
 * assessed first; an asset manager (or the administrator) records each one eligible or not with a reason.
 */
export default function PropertySurveyPage() {
  const t = useT(messages);
  const unitName = useDepartmentName();
  const role = useSession()?.actor.role;
  const mayAssess = role === 'asset_manager' || role === 'system_admin';
  const [district, setDistrict] = useState<string>();
  const [kind, setKind] = useState<Kind>();
  const [assessed, setAssessed] = useState<'yes' | 'no'>();
  const [q, setQ] = useState<string>();
  const [page, setPage] = useState(1);
  const [tick, setTick] = useState(0);
  const [assessing, setAssessing] = useState<Venue | null>(null);
  // The districts that have venues, from the report (the directory does not say which codes are districts).
  // The administrator reads no reports: no district filter for them.
  const report = useApi(
    () => (role === 'system_admin' ? Promise.resolve(null) : unwrap(api.GET('/api/reports/sharing-eligibility'))),
    [tick, role],
  );
  const districts = [...new Set((report.data?.rows ?? []).map((r) => r.districtId))];
  const venues = useApi(
    () =>
      unwrap(
        api.GET('/api/property-survey/venues', {
          params: { query: { district, kind, assessed, q, offset: (page - 1) * PAGE, limit: PAGE } },
        }),
      ),
    [district, kind, assessed, q, page, tick],
  );
  const filter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };
  const result = (v: Venue) =>
    v.sharingEligible === null ? (
      <Tag>{t('notAssessed')}</Tag>
    ) : (
      <Flex vertical gap={2}>
        <span>
          <Tag color={v.sharingEligible ? 'green' : 'default'}>{v.sharingEligible ? t('eligible') : t('notEligible')}</Tag>
        </span>
        <Typography.Text type="secondary">{v.sharingEligibilityReason}</Typography.Text>
      </Flex>
    );
  return (
    <>
      <PageHeader
        title={t('title')}
        sub={t('sub')}
        extra={
          role !== 'system_admin' && (
            <Link to="/reports/sharing-eligibility">
              <Button>{t('report')}</Button>
            </Link>
          )
        }
      />
      <Card>
        <Flex wrap gap={12} style={{ marginBottom: 16 }} role="search">
          <Select
            aria-label={t('district')}
            allowClear
            placeholder={t('allDistricts')}
            style={{ minWidth: 160 }}
            value={district}
            onChange={filter(setDistrict)}
            options={districts.map((d) => ({ value: d, label: unitName(d) }))}
          />
          <Select
            aria-label={t('kind')}
            allowClear
            placeholder={t('allKinds')}
            style={{ minWidth: 140 }}
            value={kind}
            onChange={filter(setKind)}
            options={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          />
          <Select
            aria-label={t('assessedFilter')}
            style={{ minWidth: 120 }}
            value={assessed ?? 'all'}
            onChange={(v: 'all' | 'yes' | 'no') => filter(setAssessed)(v === 'all' ? undefined : v)}
            options={(['all', 'no', 'yes'] as const).map((a) => ({ value: a, label: t(`assessed.${a}`) }))}
          />
          <Input.Search
            aria-label={t('search')}
            placeholder={t('search')}
            allowClear
            style={{ width: 220 }}
            onSearch={(v) => filter(setQ)(v.trim() || undefined)}
          />
        </Flex>
        <ApiErrorAlert error={venues.error ?? report.error} />
        <Table<Venue>
          rowKey="propertyId"
          size="small"
          scroll={{ x: 'max-content' }}
          loading={venues.loading}
          dataSource={venues.data?.rows ?? []}
          locale={{ emptyText: t('empty') }}
          pagination={{
            current: page,
            pageSize: PAGE,
            total: venues.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (n) => t('total', { n: formatCount(n) }),
            onChange: setPage,
          }}
          columns={[
            { title: t('propertyNo'), dataIndex: 'propertyNo' },
            {
              title: t('name'),
              key: 'name',
              render: (_: unknown, v: Venue) => <Link to={`/properties/${v.propertyId}`}>{v.name}</Link>,
            },
            { title: t('kind'), key: 'kind', render: (_: unknown, v: Venue) => t(`kind.${v.venueKind as Kind}`) },
            { title: t('unit'), key: 'unit', render: (_: unknown, v: Venue) => unitName(v.occupantUnitId ?? v.ownerUnitId) },
            { title: t('district'), key: 'district', render: (_: unknown, v: Venue) => unitName(v.districtId) },
            {
              title: t('area'),
              dataIndex: 'grossAreaSqm',
              align: 'right',
              render: (n: number) => n.toLocaleString('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
            },
            { title: t('result'), key: 'result', render: (_: unknown, v: Venue) => result(v) },
            {
              title: t('opened'),
              key: 'opened',
              render: (_: unknown, v: Venue) =>
                v.sharedSpaces > 0 ? <Tag color="blue">{t('openedN', { n: v.sharedSpaces })}</Tag> : t('notOpened'),
            },
            ...(mayAssess
              ? [
                  {
                    title: '',
                    key: 'action',
                    render: (_: unknown, v: Venue) => (
                      <Button size="small" onClick={() => setAssessing(v)} aria-label={`${t('assess')}：${v.name}`}>
                        {v.sharingEligible === null ? t('assess') : t('reassess')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <AssessDialog
        venue={assessing}
        onClose={() => setAssessing(null)}
        onDone={() => {
          setAssessing(null);
          setTick((n) => n + 1);
        }}
      />
    </>
  );
}
