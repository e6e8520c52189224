import { useState } from 'react';
import { App, Button, Popconfirm, Space } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useT } from '../../../i18n/I18nProvider';
import { messages } from './messages';

type Booking = Schemas['OccupancyBookingView'];

/**
 * What the managing unit does with one booking: approve one that waits for it, and record a
 * no-show once the slot has begun (the API decides the exact moment: 30 minutes after the start).
 * A refusal goes to `onError`, which shows it above the bookings.
 */
export function BookingActions({
  booking,
  now,
  onDone,
  onError,
}: {
  booking: Booking;
  now: number;
  onDone(): void;
  onError(e: unknown): void;
}) {
  const t = useT(messages);
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async (action: 'approval' | 'no-show', done: string) => {
    setBusy(true);
    onError(undefined);
    try {
      const path = { params: { path: { bookingId: booking.bookingId } }, headers: { 'Idempotency-Key': crypto.randomUUID() } };
      await unwrap(
        action === 'approval' ? api.POST('/api/bookings/{bookingId}/approval', path) : api.POST('/api/bookings/{bookingId}/no-show', path),
      );
      void message.success(done);
      onDone();
    } catch (e: unknown) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };
  const who = booking.bookerName ?? booking.departmentId ?? booking.bookerId;
  return (
    <Space size="small">
      {booking.status === 'pending_approval' && (
        <Button
          size="small"
          type="primary"
          loading={busy}
          onClick={() => void run('approval', t('approved'))}
          aria-label={t('approveOf', { who })}
        >
          {t('approve')}
        </Button>
      )}
      {booking.status === 'confirmed' && Date.parse(booking.slotStart) <= now && (
        <Popconfirm
          title={t('noShowConfirm', { who })}
          okText={t('noShow')}
          cancelText={t('cancel')}
          onConfirm={() => void run('no-show', t('noShowRecorded'))}
        >
          <Button size="small" danger loading={busy} aria-label={t('noShowOf', { who })}>
            {t('noShow')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
