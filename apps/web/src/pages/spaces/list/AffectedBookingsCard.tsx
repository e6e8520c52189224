import { Link } from 'react-router';
import { Alert, Card, Table } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useT } from '../../../i18n/I18nProvider';
import { defineMessages } from '../../../i18n/messages';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { formatDateTime } from '../../../lib/dates';
import { sharingWords } from '../sharing-words';

const messages = defineMessages({
  'zh-CN': {
    title: '因节假日调整受影响的预约',
    intro: '以下预约在节假日安排录入前已经做出，所在日期随后改为休息日（或补班日），场地已不再开放该时段。请联系预约人改约或取消。',
    space: '场地',
    slot: '时段',
    status: '状态',
    change: '调整',
    toRest: '{date} 改为休息日',
    toWork: '{date} 改为工作日（补班）',
    recordedAt: '安排录入时间',
  },
  'en-US': {
    title: 'Bookings affected by holiday changes',
    intro:
      'These bookings were made before the holiday arrangement was recorded; their day then became a rest day (or a make-up working day) and the space no longer offers the slot. Ask the bookers to rebook or cancel.',
    space: 'Space',
    slot: 'Slot',
    status: 'Status',
    change: 'Change',
    toRest: '{date} became a rest day',
    toWork: '{date} became a working day (make-up)',
    recordedAt: 'Arrangement recorded',
  },
});

type Affected = Schemas['CalendarAffectedBookingView'];

/** On the manager's spaces page: bookings a recorded holiday arrangement left on a slot the space no longer offers. */
export function AffectedBookingsCard() {
  const t = useT(messages);
  const w = useT(sharingWords);
  const affected = useApi(() => unwrap(api.GET('/api/calendar/affected-bookings')), []);
  if (!affected.error && (affected.data ?? []).length === 0) return null;
  return (
    <Card title={t('title')} style={{ marginTop: 16 }}>
      <ApiErrorAlert error={affected.error} />
      <Alert type="warning" showIcon title={t('intro')} style={{ marginBottom: 16 }} />
      <ScrollRegion label={t('title')}>
        <Table<Affected>
          rowKey="bookingId"
          size="small"
          pagination={false}
          dataSource={affected.data ?? []}
          columns={[
            { title: t('space'), dataIndex: 'spaceName', render: (name: string, a) => <Link to={`/spaces/${a.spaceId}`}>{name}</Link> },
            { title: t('slot'), key: 'slot', render: (_, a) => `${formatDateTime(a.slotStart)}–${formatDateTime(a.slotEnd).slice(11)}` },
            { title: t('status'), dataIndex: 'status', render: (s: string) => w(`booking.${s}` as 'booking.confirmed') },
            {
              title: t('change'),
              key: 'change',
              render: (_, a) => `${t(a.restDay ? 'toRest' : 'toWork', { date: a.date })}${a.holiday ? `（${a.holiday}）` : ''}`,
            },
            { title: t('recordedAt'), dataIndex: 'recordedAt', render: (at: string) => formatDateTime(at) },
          ]}
        />
      </ScrollRegion>
    </Card>
  );
}
