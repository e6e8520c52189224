import { Link } from 'react-router';
import { Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useDepartmentName } from '../../../app/departments';
import { useSession } from '../../../auth/AuthProvider';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { BookingStatusTag } from '../BookingStatusTag';
import { sharingWords, SharingWordKey } from '../sharing-words';
import { formatSlot, slotDate } from '../windows';
import { messages } from './messages';

type Space = Schemas['PropertySpaceView'];
type Booking = Schemas['UpcomingBookingView'];

/**
 * The property card's 共享与预约: the shared spaces on this property and the rooms below it, each with
 * its next bookings (when, how many, in what state; residents are not named here). Placed on the
 * register's card page (/properties/:propertyId) by one line.
 */
export function PropertyBookingsSection({ propertyId }: { propertyId: string }) {
  const t = useT(messages);
  const w = useT(sharingWords);
  const unitName = useDepartmentName();
  const session = useSession();
  const spaces = useApi(
    () => unwrap(api.GET('/api/properties/{propertyId}/shared-spaces', { params: { path: { propertyId } } })),
    [propertyId],
  );
  const manages = (s: Space) => session?.actor.role === 'asset_manager' && session.actor.departmentId === s.departmentId;
  return (
    <Card title={t('title')} extra={<Typography.Text type="secondary">{t('chinaTime')}</Typography.Text>} style={{ marginTop: 16 }}>
      <ApiErrorAlert error={spaces.error} />
      {!spaces.loading && (spaces.data ?? []).length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('none')} />
      ) : (
        <Flex vertical gap={16} data-testid="property-bookings">
          {(spaces.data ?? []).map((s) => (
            <div key={s.spaceId}>
              <Flex gap={8} align="center" wrap style={{ marginBottom: 8 }}>
                <Typography.Text strong>{s.name}</Typography.Text>
                <Tag>{w(`kind.${s.kind}` as SharingWordKey)}</Tag>
                <Typography.Text type="secondary">
                  {unitName(s.departmentId)} · {t('capacity', { n: s.capacity })}
                </Typography.Text>
                {manages(s) && <Link to={`/spaces/${s.spaceId}`}>{t('manage')}</Link>}
              </Flex>
              <Table<Booking>
                rowKey="bookingId"
                size="small"
                pagination={false}
                scroll={{ x: 'max-content' }}
                dataSource={s.upcoming}
                locale={{ emptyText: t('noBookings') }}
                columns={[
                  {
                    title: t('slot'),
                    key: 'slot',
                    render: (_: unknown, b: Booking) => `${slotDate(b.slotStart)} ${formatSlot(b.slotStart, b.slotEnd, w('nextDay'))}`,
                  },
                  { title: t('places'), dataIndex: 'places', align: 'right' },
                  {
                    title: t('booker'),
                    key: 'booker',
                    render: (_: unknown, b: Booking) => (b.bookerKind === 'resident' ? t('resident') : unitName(b.departmentId)),
                  },
                  { title: t('status'), dataIndex: 'status', render: (status: string) => <BookingStatusTag status={status} /> },
                ]}
              />
            </div>
          ))}
        </Flex>
      )}
    </Card>
  );
}
