import { Alert, Button, Flex, Select, Typography } from 'antd';
import { AimOutlined } from '@ant-design/icons';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useT } from '../../../i18n/I18nProvider';
import { nearbyMessages } from './nearby-messages';
import { Locating, ReferencePoint } from './useReferencePoint';

/** What the list is measured from, and — when the browser gives no position — the districts to choose from instead. */
export function NearbyBar({
  point,
  locating,
  onChoose,
  onLocate,
}: {
  point: ReferencePoint | null;
  locating: Locating;
  onChoose(point: ReferencePoint): void;
  onLocate(): void;
}) {
  const t = useT(nearbyMessages);
  const places = useApi(
    () => (locating === 'unavailable' ? unwrap(api.GET('/api/spaces/nearby/places')) : Promise.resolve(null)),
    [locating],
  );
  if (locating === 'asking') return <Typography.Paragraph type="secondary">{t('locating')}</Typography.Paragraph>;
  const chosen = point?.place ?? null;
  return (
    <Flex vertical gap={8} style={{ marginBottom: 12 }}>
      {point && (
        <Typography.Text strong data-testid="nearby-reference">
          <AimOutlined /> {chosen ? t('nearPlace', { place: chosen }) : t('nearMe')}
        </Typography.Text>
      )}
      {locating === 'unavailable' && (
        <>
          {!point && <Alert type="info" showIcon title={t('noLocation')} />}
          <Select
            aria-label={t('choosePlace')}
            placeholder={t('choosePlace')}
            size="large"
            value={chosen ?? undefined}
            onChange={(name: string) => {
              const place = places.data?.find((p) => p.name === name);
              if (place) onChoose({ lng: place.lng, lat: place.lat, place: place.name });
            }}
            options={(places.data ?? []).map((p) => ({ value: p.name, label: p.name }))}
          />
          <Button onClick={onLocate} style={{ minHeight: 44 }}>
            {t('useMyLocation')}
          </Button>
        </>
      )}
    </Flex>
  );
}
