import { useCallback, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, Button, Card, Col, Descriptions, Empty, Grid, List, Row, Space, Spin, Table, Tag, Typography } from 'antd';
import { useApi } from '../../../api/useApi';
import { useDepartmentName } from '../../../app/departments';
import { useSession } from '../../../auth/AuthProvider';
import { useT } from '../../../i18n/I18nProvider';
import { common } from '../../../i18n/common';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { formatDate } from '../../../lib/dates';
import { formatArea, PARENT_KINDS, PropertyKind, propertyWords, SURVEY_USES } from '../messages';
import { CorrectDialog } from './CorrectDialog';
import { EligibilityDialog } from './EligibilityDialog';
import { loadPropertyCard } from './load-property';
import { messages } from './messages';
import { PropertyStatusTag } from '../PropertyStatusTag';
import { OccupancyDialog } from './OccupancyDialog';
import { StatusDialog } from './StatusDialog';
import { WarehousePanel } from './WarehousePanel';
import { PropertyBookingsSection } from '../../spaces/property-bookings/PropertyBookingsSection';

type Dialog = 'status' | 'occupancy' | 'correct' | 'assess' | null;

/** 物业卡片: the property's fields, what it sits in and holds, who used it when, and its keeper's actions. */
export default function PropertyCardPage() {
  const { propertyId = '' } = useParams();
  const t = useT(messages);
  const tw = useT(propertyWords);
  const tc = useT(common);
  const navigate = useNavigate();
  const unitName = useDepartmentName();
  const actor = useSession()?.actor;
  const wide = Grid.useBreakpoint().md ?? true;
  const [revision, setRevision] = useState<string>();
  const [dialog, setDialog] = useState<Dialog>(null);
  const card = useApi(() => loadPropertyCard(propertyId, revision), [propertyId, revision]);
  const done = useCallback((r: string) => {
    setDialog(null);
    setRevision(r);
  }, []);
  if (!card.data) {
    if (card.error) return <ApiErrorAlert error={card.error} />;
    return <Spin tip={t('syncing')} style={{ display: 'block', margin: 48 }} />;
  }
  const { property: p, parent, children, occupancies } = card.data;
  const keeper = actor?.role === 'system_admin' || (actor?.role === 'asset_manager' && actor.departmentId === p.ownerUnitId);
  // The asset card page is the managers'; the ledger's readers (finance, audit) see the card's status here.
  const readsLedger = actor?.role === 'asset_manager' || actor?.role === 'finance_approver' || actor?.role === 'auditor';
  const surveyed = SURVEY_USES.includes(p.use) || parent?.use === 'school';
  const holds = Object.values(PARENT_KINDS).some((kinds) => kinds.includes(p.kind as PropertyKind));
  // A building's rooms may sit in it directly (floors are optional); a parcel holds buildings.
  const childKind = p.kind === 'parcel' ? 'building' : 'room';
  const statusTag = (s: string) => <PropertyStatusTag status={s} />;
  const eligibility = p.sharingEligible === null ? tw('eligible.unknown') : tw(p.sharingEligible ? 'eligible.yes' : 'eligible.no');

  const actions = keeper && (
    <>
      <Button onClick={() => setDialog('status')}>{t('changeStatus')}</Button>
      <Button onClick={() => setDialog('occupancy')}>{t('changeOccupancy')}</Button>
      <Button onClick={() => setDialog('correct')}>{t('correct')}</Button>
      {surveyed && <Button onClick={() => setDialog('assess')}>{t('assess')}</Button>}
      {holds && (
        <Button type="primary" onClick={() => void navigate(`/properties/new?parentId=${p.propertyId}&kind=${childKind}`)}>
          {t('addChild')}
        </Button>
      )}
    </>
  );
  return (
    <>
      <PageHeader title={`${p.name} · ${p.propertyNo}`} sub={statusTag(p.status)} extra={actions} />
      {card.loading && <Alert type="info" showIcon title={t('syncing')} style={{ marginBottom: 12 }} />}
      {p.use === 'office' && <Alert type="warning" showIcon title={tw('officeRule')} style={{ marginBottom: 12 }} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Space orientation="vertical" style={{ width: '100%' }} size={16}>
            <Card title={t('fields')}>
              <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
                <Descriptions.Item label={tw('propertyNo')}>{p.propertyNo}</Descriptions.Item>
                <Descriptions.Item label={tw('kind')}>{tw(`kind.${p.kind as 'room'}`)}</Descriptions.Item>
                <Descriptions.Item label={tw('parent')}>
                  {parent ? <Link to={`/properties/${parent.propertyId}`}>{`${parent.propertyNo} ${parent.name}`}</Link> : tw('none')}
                </Descriptions.Item>
                <Descriptions.Item label={tw('use')}>{tw(`use.${p.use as 'office'}`)}</Descriptions.Item>
                <Descriptions.Item label={tw('address')}>{p.address || parent?.address || '—'}</Descriptions.Item>
                <Descriptions.Item label={tw('location')}>
                  {p.location ? `${p.location.lng.toFixed(6)}, ${p.location.lat.toFixed(6)}（WGS-84）` : '—'}
                </Descriptions.Item>
                <Descriptions.Item label={tw('grossArea')}>{formatArea(p.grossAreaSqm)}</Descriptions.Item>
                <Descriptions.Item label={tw('usableArea')}>{formatArea(p.usableAreaSqm)}</Descriptions.Item>
                <Descriptions.Item label={tw('ownerUnit')}>{unitName(p.ownerUnitId)}</Descriptions.Item>
                <Descriptions.Item label={tw('occupantUnit')}>
                  {p.occupantUnitId ? `${unitName(p.occupantUnitId)}（${formatDate(p.occupiedSince)} 起）` : tw('none')}
                </Descriptions.Item>
                <Descriptions.Item label={tw('status')}>{statusTag(p.status)}</Descriptions.Item>
                {surveyed && (
                  <Descriptions.Item label={tw('eligible')}>
                    {eligibility}
                    {p.sharingEligibilityReason ? `：${p.sharingEligibilityReason}` : ''}
                  </Descriptions.Item>
                )}
                <Descriptions.Item label={tw('asset')}>
                  {!p.assetId ? (
                    t('noAsset')
                  ) : actor?.role === 'asset_manager' ? (
                    <Link to={`/manager/assets/${p.assetId}`}>{t('openAsset')}</Link>
                  ) : (
                    p.assetId
                  )}
                </Descriptions.Item>
              </Descriptions>
            </Card>
            {p.status === 'idle' && p.assetId && readsLedger && (
              <Card title={t('warehouse')}>
                <WarehousePanel
                  assetId={p.assetId}
                  manager={actor?.role === 'asset_manager'}
                  canList={actor?.role === 'asset_manager' && actor.departmentId === p.ownerUnitId}
                />
              </Card>
            )}
            {(holds || children.length > 0) && (
              <Card title={t('children')}>
                {children.length === 0 ? (
                  <Empty description={tc('empty')} />
                ) : (
                  <List
                    dataSource={children}
                    renderItem={(c) => (
                      <List.Item key={c.propertyId}>
                        <Link to={`/properties/${c.propertyId}`} style={{ minHeight: 44, display: 'block' }}>
                          {c.propertyNo} {c.name}
                        </Link>
                        <Typography.Text type="secondary">
                          {tw(`kind.${c.kind as 'room'}`)} · {tw(`use.${c.use as 'office'}`)} · {formatArea(c.grossAreaSqm)}{' '}
                        </Typography.Text>
                        {statusTag(c.status)}
                      </List.Item>
                    )}
                  />
                )}
              </Card>
            )}
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('occupancies')}>
            <Table
              rowKey={(o) => `${o.unitId}-${o.fromDate}`}
              size="small"
              pagination={false}
              scroll={wide ? undefined : { x: 'max-content' }}
              dataSource={[...occupancies].reverse()}
              locale={{ emptyText: tc('empty') }}
              columns={[
                { key: 'unit', title: tw('occupantUnit'), render: (_, o) => unitName(o.unitId) },
                { key: 'from', title: t('from'), render: (_, o) => formatDate(o.fromDate) },
                { key: 'to', title: t('to'), render: (_, o) => (o.toDate ? formatDate(o.toDate) : t('current')) },
                { key: 'allocation', title: t('allocation'), render: (_, o) => (o.allocationId ? <Tag>{t('allocation')}</Tag> : '—') },
              ]}
            />
          </Card>
          <PropertyBookingsSection propertyId={propertyId} />
        </Col>
      </Row>
      <StatusDialog property={p} open={dialog === 'status'} onClose={() => setDialog(null)} onDone={done} />
      <OccupancyDialog property={p} open={dialog === 'occupancy'} onClose={() => setDialog(null)} onDone={done} />
      <CorrectDialog property={p} open={dialog === 'correct'} onClose={() => setDialog(null)} onDone={done} />
      <EligibilityDialog property={p} open={dialog === 'assess'} onClose={() => setDialog(null)} onDone={done} />
    </>
  );
}
