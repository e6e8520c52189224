import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Alert, App, Button, Spin, Typography } from 'antd';
import { api, Schemas } from '../../../api/client';
import { ApiError, unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { todayInChina } from '../../../lib/dates';
import { sharingWords } from '../../spaces/sharing-words';
import { slotDate } from '../../spaces/windows';
import { ResidentFrame } from '../large-text';
import { messages } from '../messages';
import { BookingConfirm } from './BookingConfirm';
import { addDays, summariseDays } from './calendar-grid';
import { MonthGrid } from './MonthGrid';
import { SlotList } from './SlotList';

type Slot = Schemas['AvailabilitySlotView'];
/** The API answers a range of at most 62 days. */
const MAX_DAYS = 62;

/** One space: a calendar of bookable days (holidays and 调休 marked), the day's slots, and booking one. */
export default function SpaceCalendarPage() {
  const { spaceId = '' } = useParams();
  const t = useT(messages);
  const w = useT(sharingWords);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const space = useApi(() => unwrap(api.GET('/api/spaces/{spaceId}', { params: { path: { spaceId } } })), [spaceId]);
  const profile = useApi(
    () =>
      unwrap(api.GET('/api/residents/me')).catch((e: unknown) => (e instanceof ApiError && e.status === 404 ? null : Promise.reject(e))),
    [],
  );
  const privacy = useApi(() => unwrap(api.GET('/api/residents/me/privacy')), []);
  const from = todayInChina();
  const to = addDays(from, Math.min(space.data?.schedule.horizonDays ?? 14, MAX_DAYS));
  const range = { from, to };
  const slots = useApi(
    () => unwrap(api.GET('/api/spaces/{spaceId}/availability', { params: { path: { spaceId }, query: range } })),
    [spaceId, to],
  );
  const calendar = useApi(() => unwrap(api.GET('/api/sharing/calendar', { params: { query: range } })), [to]);
  const [selected, setSelected] = useState<string | null>(null);
  const [booking, setBooking] = useState<Slot | null>(null);
  const bookableFrom = Date.now() + (space.data?.schedule.minNoticeMinutes ?? 0) * 60_000;
  const summary = useMemo(() => summariseDays(slots.data ?? [], slotDate, bookableFrom), [slots.data, bookableFrom]);
  const days = useMemo(() => new Map((calendar.data ?? []).map((d) => [d.date, d])), [calendar.data]);
  const s = space.data;
  if (!s) return <ResidentFrame>{space.error ? <ApiErrorAlert error={space.error} /> : <Spin />}</ResidentFrame>;
  const daySlots = (slots.data ?? []).filter((slot) => selected && slotDate(slot.start) === selected);
  const provisional = (calendar.data ?? []).some((d) => d.provisional) || (slots.data ?? []).some((x) => x.provisional);
  const goProfile = <Button onClick={() => void navigate(`/resident/profile?back=/resident/spaces/${spaceId}`)}>{t('goProfile')}</Button>;
  const needsPlate = s.kind === 'parking' && profile.data !== undefined && !profile.data?.plateNumber;
  return (
    <ResidentFrame>
      <Typography.Title level={3} style={{ fontSize: '1.3em', marginTop: 0 }}>
        {s.name}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {s.location} · {w('chinaTime')}
      </Typography.Paragraph>
      {profile.data === null && <Alert type="info" showIcon title={t('profileFirst')} action={goProfile} style={{ marginBottom: 12 }} />}
      {profile.data && needsPlate && <Alert type="info" showIcon title={t('noPlate')} action={goProfile} style={{ marginBottom: 12 }} />}
      <ApiErrorAlert error={slots.error ?? calendar.error} />
      <Typography.Title level={4} style={{ fontSize: '1.1em' }}>
        {t('calendar')}
      </Typography.Title>
      {slots.loading && !slots.data ? (
        <Spin />
      ) : (
        <MonthGrid from={from} to={to} days={days} summary={summary} selected={selected} onSelect={setSelected} />
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: '0.85em', marginTop: 8 }}>
        {t('legend')}
        {provisional ? `；${w('provisional')}?：${w('provisionalNote')}` : ''}
      </Typography.Paragraph>
      <Typography.Title level={4} style={{ fontSize: '1.1em' }}>
        {selected ? t('slotsOn', { date: selected }) : t('pickDay')}
      </Typography.Title>
      {selected && <SlotList slots={daySlots} bookableFrom={bookableFrom} onBook={setBooking} />}
      {booking && (
        <BookingConfirm
          space={s}
          slot={booking}
          plate={profile.data?.plateNumber ?? null}
          privacy={privacy.data ?? null}
          onClose={() => setBooking(null)}
          onDone={(result) => {
            setBooking(null);
            privacy.reload();
            void message.success(result.status === 'waitlisted' ? w('booking.waitlisted') : t('booked'));
            void navigate('/resident/bookings');
          }}
        />
      )}
    </ResidentFrame>
  );
}
