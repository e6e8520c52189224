import { Button, Descriptions, Drawer, Grid, List, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { useApi } from '../../api/useApi';
import { useDepartmentName } from '../../app/departments';
import { useLanguage, useT } from '../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../layout/ApiErrorAlert';
import type { MapPoint } from './MapCanvas';
import { formatArea, StatusMark } from './StatusMark';
import { messages, PropertyStatus, PropertyUse, USE_LABELS } from './messages';

const NEARBY_RADIUS_M = 1000;

/** The summary a click on a marker opens: the main facts, a link to the card, and what lies nearby. */
export function PropertySummary({
  point,
  showNearby,
  onNearby,
  onClose,
  onPick,
}: {
  point: MapPoint | null;
  showNearby: boolean;
  onNearby: () => void;
  onClose: () => void;
  onPick: (p: MapPoint) => void;
}) {
  const t = useT(messages);
  const { language } = useLanguage();
  const unitName = useDepartmentName();
  const phone = !Grid.useBreakpoint().md;
  return (
    <Drawer
      open={point !== null}
      onClose={onClose}
      title={point?.name ?? t('summary')}
      placement={phone ? 'bottom' : 'right'}
      size={phone ? '70vh' : 420}
      closable={{ 'aria-label': t('close') }}
    >
      {point && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('status')}>
              <StatusMark status={point.status as PropertyStatus} />
            </Descriptions.Item>
            <Descriptions.Item label={t('use')}>{USE_LABELS[language][point.use as PropertyUse] ?? point.use}</Descriptions.Item>
            <Descriptions.Item label={t('propertyNo')}>{point.propertyNo}</Descriptions.Item>
            <Descriptions.Item label={t('address')}>{point.address}</Descriptions.Item>
            <Descriptions.Item label={t('grossArea')}>{formatArea(point.grossAreaSqm)}</Descriptions.Item>
            <Descriptions.Item label={t('owner')}>{unitName(point.ownerUnitId)}</Descriptions.Item>
            <Descriptions.Item label={t('occupant')}>{point.occupantUnitId ? unitName(point.occupantUnitId) : t('none')}</Descriptions.Item>
          </Descriptions>
          <Space wrap>
            <Link to={`/properties/${point.propertyId}`}>
              <Button type="primary">{t('openCard')}</Button>
            </Link>
            <Button onClick={onNearby}>{t('nearby')}</Button>
          </Space>
          {showNearby && <NearbyList centre={point} radiusM={NEARBY_RADIUS_M} onPick={onPick} />}
        </Space>
      )}
    </Drawer>
  );
}

/** Property within the radius of a point, nearest first, with the distance in metres. */
export function NearbyList({
  centre,
  radiusM,
  onPick,
}: {
  centre: { lng: number; lat: number; propertyId?: string };
  radiusM: number;
  onPick: (p: MapPoint) => void;
}) {
  const t = useT(messages);
  const near = useApi(
    () =>
      unwrap(
        api.GET('/api/property-map/nearby', {
          params: { query: { lng: String(centre.lng), lat: String(centre.lat), radiusM: String(radiusM), limit: 20 } },
        }),
      ),
    [centre.lng, centre.lat, radiusM],
  );
  const items = (near.data?.items ?? []).filter((p) => p.propertyId !== centre.propertyId);
  return (
    <section aria-label={t('nearbyTitle', { r: radiusM })}>
      <Typography.Title level={5}>{t('nearbyTitle', { r: radiusM })}</Typography.Title>
      <ApiErrorAlert error={near.error} />
      <List
        size="small"
        loading={near.loading}
        locale={{ emptyText: t('nearbyEmpty', { r: radiusM }) }}
        dataSource={items}
        renderItem={(p) => (
          <List.Item
            actions={[<Typography.Text key="d">{t('distance', { d: Math.round(p.distanceM).toLocaleString('zh-CN') })}</Typography.Text>]}
          >
            <Space wrap>
              <Button type="link" style={{ padding: 0 }} onClick={() => onPick(p)}>
                {p.name}
              </Button>
              <StatusMark status={p.status as PropertyStatus} />
            </Space>
          </List.Item>
        )}
      />
    </section>
  );
}
