import { Tag } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { sharingWords, SharingWordKey } from './sharing-words';

const COLOURS: Record<string, string> = {
  confirmed: 'blue',
  pending_approval: 'gold',
  waitlisted: 'orange',
  cancelled: 'default',
  checked_in: 'green',
  checked_out: 'green',
  no_show: 'red',
};

/** A booking's state as a word (never by colour alone); a waiting booking says its place in the queue. */
export function BookingStatusTag({ status, waitlistPosition }: { status: string; waitlistPosition?: number | null }) {
  const t = useT(sharingWords);
  const word = `booking.${status}` in sharingWords['zh-CN'] ? t(`booking.${status}` as SharingWordKey) : status;
  const text = status === 'waitlisted' && waitlistPosition ? t('waitlistPosition', { n: waitlistPosition }) : word;
  return (
    <Tag color={COLOURS[status]} style={{ fontSize: 'inherit', lineHeight: 1.6 }}>
      {text}
    </Tag>
  );
}
