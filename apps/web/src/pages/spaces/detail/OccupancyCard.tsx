import { useState } from 'react';
import { Card, Empty, Form, Input, Table, Typography } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { todayInChina } from '../../../lib/dates';
import { BookingStatusTag } from '../BookingStatusTag';
import { BookingActions } from './BookingActions';
import { sharingWords } from '../sharing-words';
import { formatSlot } from '../windows';
import { messages } from './messages';

type Slot = Schemas['AvailabilitySlotView'];
type Booking = Schemas['OccupancyBookingView'];

/** Occupancy of one space for one China date: each slot's places, bookings and waitlist, then every booking (phones masked) with what the unit can do with it. */
export function OccupancyCard({ spaceId, version }: { spaceId: string; version: number }) {
  const t = useT(messages);
  const w = useT(sharingWords);
  const [date, setDate] = useState(todayInChina());
  const range = { from: date, to: date };
  const slots = useApi(
    () => unwrap(api.GET('/api/spaces/{spaceId}/availability', { params: { path: { spaceId }, query: range } })),
    [spaceId, date, version],
  );
  const bookings = useApi(
    () => unwrap(api.GET('/api/spaces/{spaceId}/occupancy', { params: { path: { spaceId }, query: range } })),
    [spaceId, date, version],
  );
  const [actionError, setActionError] = useState<unknown>();
  const rows = slots.data ?? [];
  const now = Date.now();
  const acted = () => {
    slots.reload();
    bookings.reload();
  };
  const sum = (f: (s: Slot) => number) => rows.reduce((n, s) => n + f(s), 0).toLocaleString('zh-CN');
  const time = (s: { start: string; end: string }) => formatSlot(s.start, s.end, w('nextDay'));
  return (
    <Card title={t('occupancy')} style={{ marginTop: 16 }}>
      <Form layout="inline" style={{ marginBottom: 12 }}>
        <Form.Item label={t('date')} htmlFor="occupancy-date">
          <Input id="occupancy-date" type="date" value={date} onChange={(e) => e.target.value && setDate(e.target.value)} />
        </Form.Item>
      </Form>
      <ApiErrorAlert error={slots.error ?? bookings.error} />
      {rows.length > 0 && (
        <Typography.Paragraph strong data-testid="occupancy-totals">
          {t('totals', {
            slots: rows.length,
            capacity: sum((s) => (s.suspended ? 0 : s.capacity)),
            booked: sum((s) => s.booked),
            waitlisted: sum((s) => s.waitlisted),
          })}
        </Typography.Paragraph>
      )}
      <Table<Slot>
        rowKey="start"
        size="small"
        loading={slots.loading}
        dataSource={rows}
        pagination={rows.length > 12 ? { pageSize: 12 } : false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('noSlots')} /> }}
        columns={[
          { title: t('slot'), key: 'slot', render: (_, s) => time(s) },
          { title: t('capacity'), dataIndex: 'capacity', align: 'right' },
          { title: t('booked'), dataIndex: 'booked', align: 'right' },
          { title: t('free'), dataIndex: 'free', align: 'right' },
          { title: t('waitlisted'), dataIndex: 'waitlisted', align: 'right' },
          { title: t('state'), key: 'state', render: (_, s) => (s.suspended ? w('suspended') : s.free === 0 ? w('full') : t('open')) },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('bookings')}
      </Typography.Title>
      <ApiErrorAlert error={actionError} />
      <Table<Booking>
        rowKey="bookingId"
        size="small"
        loading={bookings.loading}
        dataSource={bookings.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('noBookings')} /> }}
        columns={[
          { title: t('slot'), key: 'slot', render: (_, b) => time({ start: b.slotStart, end: b.slotEnd }) },
          { title: t('booker'), key: 'booker', render: (_, b) => b.bookerName ?? b.departmentId ?? b.bookerId },
          { title: t('phone'), dataIndex: 'bookerPhone', render: (p: string | null) => p ?? '—' },
          { title: t('plate'), dataIndex: 'plateNumber', render: (p: string | null) => p ?? '—' },
          { title: t('places'), dataIndex: 'places', align: 'right' },
          {
            title: t('status'),
            key: 'status',
            render: (_, b) => <BookingStatusTag status={b.status} waitlistPosition={b.waitlistPosition} />,
          },
          {
            title: t('actions'),
            key: 'actions',
            render: (_, b) => <BookingActions booking={b} now={now} onDone={acted} onError={setActionError} />,
          },
        ]}
      />
    </Card>
  );
}
