import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, Button, Card, Col, Descriptions, Empty, Flex, Row, Spin, Table, Typography } from 'antd';
import { api } from '../../../api/client';
import { ApiError, unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useDepartmentName } from '../../../app/departments';
import { useSession } from '../../../auth/AuthProvider';
import { Money } from '../../../components/Money';
import { StatusTag } from '../../../components/StatusTag';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { formatDateTime } from '../../../lib/dates';
import { ListingPhoto } from '../components/ListingPhoto';
import { ClaimDialog } from '../components/ClaimDialog';
import { useConditionText, useTimeLeftText } from '../components/ListingCard';
import { cardMessages } from '../components/messages';
import { useCategories } from '../components/useCategories';
import { messages } from './messages';

type ClaimState = 'pending' | 'selected' | 'rejected' | 'withdrawn' | 'transferred' | 'closed';
const CLAIM_STATES: readonly string[] = ['pending', 'selected', 'rejected', 'withdrawn', 'transferred', 'closed'];

/** One listed item: every photo, the card's facts, the claim with a reason, and where this unit's claims stand. */
export default function ItemPage() {
  const { listingId = '' } = useParams();
  const t = useT(messages);
  const tCard = useT(cardMessages);
  const me = useSession()?.actor;
  const department = useDepartmentName();
  const condition = useConditionText();
  const left = useTimeLeftText();
  const categories = useCategories();
  const [claiming, setClaiming] = useState(false);
  const listing = useApi(() => unwrap(api.GET('/api/marketplace/{listingId}', { params: { path: { listingId } } })), [listingId]);
  // A claimant sees its own claims; someone who has not claimed is not a party yet (403): nothing to show.
  const claims = useApi(
    () =>
      unwrap(api.GET('/api/marketplace/{listingId}/claims', { params: { path: { listingId } } })).catch((e: unknown) => {
        if (e instanceof ApiError && e.status === 403) return [];
        throw e;
      }),
    [listingId],
  );

  if (listing.loading && !listing.data) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (!listing.data) return <ApiErrorAlert error={listing.error} />;
  const item = listing.data;
  const own = item.departmentId === me?.departmentId;
  const open = item.status === 'listed' && Date.parse(item.advertiseUntil) > Date.now();
  const claimState = (s: string) => (CLAIM_STATES.includes(s) ? t(`claim.${s as ClaimState}`) : s);
  return (
    <>
      <PageHeader
        title={item.name}
        sub={<Link to="/market">{t('back')}</Link>}
        extra={
          open && !own ? (
            <Button type="primary" size="large" style={{ minHeight: 44 }} onClick={() => setClaiming(true)}>
              {tCard('claim')}
            </Button>
          ) : undefined
        }
      />
      {!open && <Alert type="warning" showIcon title={t('notOpen')} style={{ marginBottom: 12 }} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} md={10}>
          <Card styles={{ body: { padding: 8 } }}>
            {item.photos.length === 0 ? (
              <ListingPhoto alt={item.name} placeholder={tCard('noPhoto')} height={240} />
            ) : (
              <Flex vertical gap={8}>
                {item.photos.map((p, i) => (
                  <ListingPhoto
                    key={p.fileId}
                    url={p.url}
                    alt={`${tCard('photoOf', { name: item.name })} ${i + 1}`}
                    placeholder=""
                    height={260}
                  />
                ))}
              </Flex>
            )}
          </Card>
        </Col>
        <Col xs={24} md={14}>
          <Card>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t('originalValue')}>
                <Money fen={item.originalValueFen} strong />
              </Descriptions.Item>
              <Descriptions.Item label={t('netBookValue')}>
                <Money fen={item.netBookValueFen} />
              </Descriptions.Item>
              <Descriptions.Item label={t('condition')}>{condition(item.condition)}</Descriptions.Item>
              <Descriptions.Item label={t('quantity')}>{tCard('quantity', { n: item.quantity, unit: item.unit })}</Descriptions.Item>
              <Descriptions.Item label={t('category')}>
                {item.categoryCode} {categories.name(item.categoryCode)}
              </Descriptions.Item>
              <Descriptions.Item label={t('assetNo')}>{item.assetNo}</Descriptions.Item>
              <Descriptions.Item label={t('department')}>{department(item.departmentId)}</Descriptions.Item>
              <Descriptions.Item label={t('place')}>{item.pickupLocation}</Descriptions.Item>
              <Descriptions.Item label={t('description')}>{item.description}</Descriptions.Item>
              <Descriptions.Item label={t('state')}>
                <StatusTag status={item.status} />
              </Descriptions.Item>
              <Descriptions.Item label={t('claimMode')}>
                {t(item.claimMode === 'first_come' ? 'claimMode.first_come' : 'claimMode.manager_picks')}
              </Descriptions.Item>
              {item.internalUntil && <Descriptions.Item label={t('internalUntil')}>{formatDateTime(item.internalUntil)}</Descriptions.Item>}
              <Descriptions.Item label={t('listedAt')}>{formatDateTime(item.listedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('until')}>
                {formatDateTime(item.advertiseUntil)}（{left(item.advertiseUntil)}）
              </Descriptions.Item>
              <Descriptions.Item label={t('claims')}>{item.claimsCount}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
      </Row>
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('myClaims')}
          </Typography.Title>
        }
        style={{ marginTop: 16 }}
      >
        <ApiErrorAlert error={claims.error} />
        <Table
          rowKey="claimId"
          size="small"
          loading={claims.loading}
          dataSource={claims.data ?? []}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
          columns={[
            { title: t('claimedAt'), dataIndex: 'claimedAt', render: (v: string) => formatDateTime(v) },
            { title: t('reason'), dataIndex: 'justification' },
            { title: t('state'), dataIndex: 'status', render: claimState },
          ]}
        />
      </Card>
      <ClaimDialog
        listing={claiming ? item : null}
        onClose={() => setClaiming(false)}
        onClaimed={() => {
          setClaiming(false);
          listing.reload();
          claims.reload();
        }}
      />
    </>
  );
}
