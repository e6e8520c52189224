import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, App, Button, Card, Empty, Flex, Spin, Typography } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { formatDate } from '../../../lib/dates';
import { BookingStatusTag } from '../../spaces/BookingStatusTag';
import { sharingWords } from '../../spaces/sharing-words';
import { formatSlot } from '../../spaces/windows';
import { ResidentFrame } from '../large-text';
import { messages } from '../messages';
import { CancelBooking } from './CancelBooking';

type Booking = Schemas['BookingView'];
type Status = Booking['status'];
const CURRENT = ['confirmed', 'pending_approval', 'waitlisted', 'checked_in'];

/** 我的预约: current bookings first (with check-in, check-out, cancel, waitlist place), then history with any notice given. */
export default function MyBookingsPage() {
  const t = useT(messages);
  const navigate = useNavigate();
  const bookings = useApi(() => unwrap(api.GET('/api/bookings/mine')), []);
  const spaces = useApi(() => unwrap(api.GET('/api/spaces')), []);
  const [cancelling, setCancelling] = useState<string | null>(null);
  // What this person just did shows at once, even before the read model catches up with it.
  const [done, setDone] = useState<Record<string, { from: Status; to: Status }>>({});
  const changed = (bookingId: string, from: Status, to: Status) => {
    setDone((d) => ({ ...d, [bookingId]: { from, to } }));
    bookings.reload();
    setTimeout(bookings.reload, 1500);
  };
  const names = new Map((spaces.data ?? []).map((s) => [s.spaceId, s.name]));
  const all = (bookings.data ?? []).map((b) => (done[b.bookingId]?.from === b.status ? { ...b, status: done[b.bookingId].to } : b));
  const current = all.filter((b) => CURRENT.includes(b.status)).sort((a, b) => a.slotStart.localeCompare(b.slotStart));
  const past = all.filter((b) => !CURRENT.includes(b.status));
  const card = (b: Booking) => (
    <BookingCard
      key={b.bookingId}
      booking={b}
      name={names.get(b.spaceId) ?? ''}
      onCancel={setCancelling}
      onChanged={(to) => changed(b.bookingId, b.status, to)}
    />
  );
  return (
    <ResidentFrame>
      <ApiErrorAlert error={bookings.error} />
      {bookings.loading && !bookings.data ? (
        <Spin />
      ) : all.length === 0 ? (
        <Empty description={t('noBookings')}>
          <Button type="primary" onClick={() => void navigate('/resident/spaces')}>
            {t('findSpace')}
          </Button>
        </Empty>
      ) : (
        <>
          <Typography.Title level={3} style={{ fontSize: '1.15em', marginTop: 0 }}>
            {t('current')}
          </Typography.Title>
          <Flex vertical gap={12}>
            {current.length ? current.map(card) : <Empty description={t('noBookings')} />}
          </Flex>
          {past.length > 0 && (
            <>
              <Typography.Title level={3} style={{ fontSize: '1.15em' }}>
                {t('history')}
              </Typography.Title>
              <Flex vertical gap={12}>
                {past.map(card)}
              </Flex>
            </>
          )}
        </>
      )}
      {cancelling && (
        <CancelBooking
          bookingId={cancelling}
          onClose={() => setCancelling(null)}
          onDone={() => {
            const b = all.find((x) => x.bookingId === cancelling);
            setCancelling(null);
            if (b) changed(b.bookingId, b.status, 'cancelled');
          }}
        />
      )}
    </ResidentFrame>
  );
}

function BookingCard({
  booking: b,
  name,
  onCancel,
  onChanged,
}: {
  booking: Booking;
  name: string;
  onCancel(id: string): void;
  onChanged(status: Status): void;
}) {
  const t = useT(messages);
  const w = useT(sharingWords);
  const { message } = App.useApp();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const act = async (action: 'check-in' | 'check-out') => {
    setBusy(true);
    setError(undefined);
    try {
      const path = { params: { path: { bookingId: b.bookingId } } };
      await unwrap(
        action === 'check-in'
          ? api.POST('/api/bookings/{bookingId}/check-in', path)
          : api.POST('/api/bookings/{bookingId}/check-out', path),
      );
      void message.success(action === 'check-in' ? t('checkedIn') : t('checkedOut'));
      onChanged(action === 'check-in' ? 'checked_in' : 'checked_out');
    } catch (e: unknown) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const time = `${formatDate(b.slotStart)} ${formatSlot(b.slotStart, b.slotEnd, w('nextDay'))}`;
  return (
    <Card size="small" data-testid="booking" aria-label={`${name} ${time}`}>
      <Flex justify="space-between" align="start" gap={8}>
        <Typography.Text strong style={{ fontSize: '1.05em' }}>
          {name}
        </Typography.Text>
        <BookingStatusTag status={b.status} waitlistPosition={b.waitlistPosition} />
      </Flex>
      <div style={{ margin: '6px 0' }}>{time}</div>
      {b.plateNumber && (
        <div>
          {t('plate')}：{b.plateNumber}
        </div>
      )}
      {(b.overstayMinutes ?? 0) > 0 && <BookingStatusTag status="overstay" />}
      {b.notice && b.cancelledBy !== 'booker' && (
        <Alert type="warning" showIcon title={`${t('noticeTitle')}：${b.notice}`} style={{ marginTop: 8 }} />
      )}
      {b.status === 'confirmed' && (
        <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0', fontSize: '0.9em' }}>
          {t('checkInHint')}
        </Typography.Paragraph>
      )}
      <ApiErrorAlert error={error} />
      <Flex gap={8} wrap style={{ marginTop: 8 }}>
        {b.status === 'confirmed' && (
          <Button type="primary" loading={busy} onClick={() => void act('check-in')}>
            {t('checkIn')}
          </Button>
        )}
        {b.status === 'checked_in' && (
          <Button type="primary" loading={busy} onClick={() => void act('check-out')}>
            {t('checkOut')}
          </Button>
        )}
        {['confirmed', 'pending_approval', 'waitlisted'].includes(b.status) && (
          <Button danger onClick={() => onCancel(b.bookingId)}>
            {t('cancel')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
