import { useState } from 'react';
import { useParams } from 'react-router';
import { Card, Descriptions, Spin } from 'antd';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { sharingWords } from '../sharing-words';
import { formatWindow } from '../windows';
import { BlackoutCard } from './BlackoutCard';
import { messages } from './messages';
import { OccupancyCard } from './OccupancyCard';
import { PropertyLink } from './PropertyLink';
import { ScheduleCard } from './ScheduleCard';

/** One shared space for its manager: the schedule and changing it, occupancy for a day with approvals and no-shows, blackouts with notice. */
export default function SpaceDetailPage() {
  const { spaceId = '' } = useParams();
  const t = useT(messages);
  const w = useT(sharingWords);
  const [version, setVersion] = useState(0);
  const space = useApi(() => unwrap(api.GET('/api/spaces/{spaceId}', { params: { path: { spaceId } } })), [spaceId, version]);
  const s = space.data;
  if (!s) return space.error ? <ApiErrorAlert error={space.error} /> : <Spin />;
  return (
    <>
      <PageHeader title={s.name} sub={w('chinaTime')} />
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('kind')}>{w(`kind.${s.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('location')}>{s.location}</Descriptions.Item>
          <Descriptions.Item label={t('property')}>
            <PropertyLink space={s} onLinked={() => setVersion((v) => v + 1)} />
          </Descriptions.Item>
          <Descriptions.Item label={t('windows')}>
            <div data-testid="space-windows">
              {s.schedule.windows.map((win, i) => (
                <div key={i}>
                  {w(`days.${win.days}`)} {formatWindow(win.start, win.end, w('nextDay'))}
                </div>
              ))}
            </div>
          </Descriptions.Item>
          <Descriptions.Item label={t('capacity')}>{s.schedule.capacity.toLocaleString('zh-CN')}</Descriptions.Item>
          <Descriptions.Item label={t('slotMinutes')}>{t('minutes', { n: s.schedule.slotMinutes })}</Descriptions.Item>
          <Descriptions.Item label={t('horizon')}>{t('days', { n: s.schedule.horizonDays })}</Descriptions.Item>
          <Descriptions.Item label={t('audiences')}>{s.audiences.map((a) => w(`audience.${a}`)).join('、')}</Descriptions.Item>
          <Descriptions.Item label={t('approval')}>{t(`approval.${s.approval}`)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <ScheduleCard space={s} onChanged={() => setVersion((v) => v + 1)} />
      <OccupancyCard spaceId={spaceId} version={version} />
      <BlackoutCard space={s} onDeclared={() => setVersion((v) => v + 1)} />
    </>
  );
}
