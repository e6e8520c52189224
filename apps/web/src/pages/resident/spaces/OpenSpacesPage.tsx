import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Card, Empty, Flex, Radio, Spin, Tag, Typography } from 'antd';
import { EnvironmentOutlined } from '@ant-design/icons';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { TAG_COLOURS } from '../../spaces/BookingStatusTag';
import { sharingWords } from '../../spaces/sharing-words';
import { formatWindow } from '../../spaces/windows';
import { ResidentFrame } from '../large-text';
import { messages } from '../messages';
import { distanceWords, nearbyMessages } from './nearby-messages';
import { NearbyBar } from './NearbyBar';
import { useReferencePoint } from './useReferencePoint';

type Space = Schemas['SpaceView'] & { distanceM?: number | null };

/**
 * 错峰共享 for residents: the open spaces nearest first (from the phone's position, or a district
 * chosen instead; measured in the database to each space's property), one card each, filtered by kind.
 */
export default function OpenSpacesPage() {
  const t = useT(messages);
  const w = useT(sharingWords);
  const navigate = useNavigate();
  const [kind, setKind] = useState<string>('all');
  const reference = useReferencePoint();
  const point = reference.point;
  const spaces = useApi<Space[]>(
    () =>
      point
        ? unwrap(api.GET('/api/spaces/nearby', { params: { query: { lng: point.lng, lat: point.lat } } }))
        : unwrap(api.GET('/api/spaces')),
    [point?.lng, point?.lat],
  );
  const all = (spaces.data ?? []).filter((s) => s.audiences.includes('residents'));
  const kinds = [...new Set(all.map((s) => s.kind))];
  const shown = kind === 'all' ? all : all.filter((s) => s.kind === kind);
  return (
    <ResidentFrame>
      <ApiErrorAlert error={spaces.error} />
      <NearbyBar point={point} locating={reference.locating} onChoose={reference.choose} onLocate={reference.locate} />
      <Radio.Group
        aria-label={t('kindFilter')}
        optionType="button"
        buttonStyle="solid"
        value={kind}
        onChange={(e) => setKind(e.target.value as string)}
        options={[{ value: 'all', label: t('all') }, ...kinds.map((k) => ({ value: k, label: w(`kind.${k}`) }))]}
        style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 12 }}
      />
      {spaces.loading && !spaces.data ? (
        <Spin />
      ) : shown.length === 0 ? (
        <Empty description={t('noSpaces')} />
      ) : (
        <Flex vertical gap={12}>
          {shown.map((s) => (
            <SpaceCard key={s.spaceId} space={s} onOpen={() => void navigate(`/resident/spaces/${s.spaceId}`)} />
          ))}
        </Flex>
      )}
    </ResidentFrame>
  );
}

function SpaceCard({ space, onOpen }: { space: Space; onOpen(): void }) {
  const t = useT(messages);
  const w = useT(sharingWords);
  const n = useT(nearbyMessages);
  return (
    <Card size="small" styles={{ body: { padding: 16 } }}>
      <Flex justify="space-between" align="start" gap={8}>
        <Typography.Title level={4} style={{ margin: 0, fontSize: '1.15em' }}>
          {space.name}
        </Typography.Title>
        <Tag color={TAG_COLOURS.blue} style={{ fontSize: 'inherit', lineHeight: 1.6, marginInlineEnd: 0 }}>
          {w(`kind.${space.kind}`)}
        </Tag>
      </Flex>
      <Typography.Paragraph style={{ margin: '8px 0 4px' }}>
        <EnvironmentOutlined /> {space.location}
      </Typography.Paragraph>
      {space.distanceM !== undefined && (
        <Typography.Paragraph
          strong={space.distanceM !== null}
          type={space.distanceM === null ? 'secondary' : undefined}
          style={{ margin: '0 0 4px' }}
          data-testid="distance"
        >
          {space.distanceM === null ? n('noDistance') : distanceWords(space.distanceM, n)}
        </Typography.Paragraph>
      )}
      {space.schedule.windows.map((win, i) => (
        <div key={i}>
          {w(`days.${win.days}`)} {formatWindow(win.start, win.end, w('nextDay'))}
        </div>
      ))}
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 12px' }}>
        {t('perSlot', { n: space.schedule.capacity })}
      </Typography.Paragraph>
      <Button type="primary" block onClick={onOpen} aria-label={`${t('open')}：${space.name}`}>
        {t('open')}
      </Button>
    </Card>
  );
}
