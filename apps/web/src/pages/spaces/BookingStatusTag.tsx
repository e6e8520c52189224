import { Tag } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { sharingWords, SharingWordKey } from './sharing-words';

/** Solid tags in dark shades: white text on them keeps at least 4.5:1 contrast. */
export const TAG_COLOURS = { blue: '#0958d9', gold: '#874d00', orange: '#ad4e00', grey: '#595959', green: '#237804', red: '#a8071a' };
const COLOURS: Record<string, string> = {
  confirmed: TAG_COLOURS.blue,
  pending_approval: TAG_COLOURS.gold,
  waitlisted: TAG_COLOURS.orange,
  cancelled: TAG_COLOURS.grey,
  checked_in: TAG_COLOURS.green,
  checked_out: TAG_COLOURS.green,
  no_show: TAG_COLOURS.red,
  overstay: TAG_COLOURS.red,
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
