import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Card, Table } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useCursorPages } from '../../../api/useCursorPages';
import { useSession } from '../../../auth/AuthProvider';
import { Money } from '../../../components/Money';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { formatDateTime } from '../../../lib/dates';
import { ListingClaims } from './ListingClaims';
import { messages } from './messages';

type Listing = Schemas['ListingView'];

/** 申领处理: my unit's open listings, the claims on each, and choosing the receiver. */
export default function ClaimsPage() {
  const t = useT(messages);
  const departmentId = useSession()?.actor.departmentId ?? undefined;
  const [picked, setPicked] = useState<string[]>([]);
  const [collapsed, setCollapsed] = useState<string[]>([]);
  const listings = useCursorPages(
    (cursor) => unwrap(api.GET('/api/marketplace', { params: { query: { departmentId, cursor, limit: 50 } } })),
    [departmentId],
  );
  const rows = (listings.items as Listing[]).filter((l) => !picked.includes(l.listingId));
  return (
    <>
      <PageHeader title={t('title')} sub={t('sub')} />
      {picked.length > 0 && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('picked')}
          action={<Link to="/manager/transfers">{t('toTransfers')}</Link>}
        />
      )}
      <Card>
        <ApiErrorAlert error={listings.error} />
        <Table<Listing>
          rowKey="listingId"
          loading={listings.loading}
          dataSource={rows}
          pagination={false}
          locale={{ emptyText: t('none') }}
          scroll={{ x: 'max-content' }}
          expandable={{
            // Claims are what this page is for: every listing starts opened.
            expandedRowKeys: rows.map((l) => l.listingId).filter((id) => !collapsed.includes(id)),
            onExpand: (open, l) => setCollapsed((c) => (open ? c.filter((id) => id !== l.listingId) : [...c, l.listingId])),
            expandedRowRender: (l) => <ListingClaims listing={l} onPicked={() => setPicked((p) => [...p, l.listingId])} />,
            rowExpandable: () => true,
          }}
          columns={[
            { title: t('asset'), render: (_, l) => <Link to={`/manager/assets/${l.assetId}`}>{`${l.name}（${l.assetNo}）`}</Link> },
            { title: t('value'), align: 'right', render: (_, l) => <Money fen={l.netBookValueFen} /> },
            { title: t('claims'), dataIndex: 'claimsCount', align: 'right' },
            { title: t('mode'), render: (_, l) => t(l.claimMode === 'first_come' ? 'mode.first_come' : 'mode.manager_picks') },
            { title: t('until'), render: (_, l) => formatDateTime(l.advertiseUntil) },
          ]}
        />
      </Card>
    </>
  );
}
