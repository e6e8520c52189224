import { Button, Card, Empty, Flex, Tag, Typography } from 'antd';
import { Schemas } from '../../../api/client';
import { useT } from '../../../i18n/I18nProvider';
import { TAG_COLOURS } from '../../spaces/BookingStatusTag';
import { sharingWords } from '../../spaces/sharing-words';
import { formatSlot } from '../../spaces/windows';
import { messages } from '../messages';

type Slot = Schemas['AvailabilitySlotView'];

/** The slots of one day, each with its free places (or waitlist) and one button: 预约 or 排队候补. */
export function SlotList({ slots, bookableFrom, onBook }: { slots: Slot[]; bookableFrom: number; onBook(slot: Slot): void }) {
  const t = useT(messages);
  const w = useT(sharingWords);
  if (slots.length === 0) return <Empty description={t('noSlotsOn')} />;
  return (
    <Flex vertical gap={8}>
      {slots.map((s) => {
        const time = formatSlot(s.start, s.end, w('nextDay'));
        const past = Date.parse(s.start) < bookableFrom;
        const state = s.suspended ? w('suspended') : past ? t('past') : s.free > 0 ? w('free', { n: s.free }) : w('full');
        return (
          <Card key={s.start} size="small" data-testid="slot">
            <Flex justify="space-between" align="center" gap={8} wrap>
              <div>
                <Typography.Text strong style={{ fontSize: '1.1em' }}>
                  {time}
                </Typography.Text>
                <div>
                  <Tag
                    color={s.suspended || past ? TAG_COLOURS.grey : s.free > 0 ? TAG_COLOURS.green : TAG_COLOURS.orange}
                    style={{ fontSize: 'inherit', lineHeight: 1.6 }}
                  >
                    {state}
                  </Tag>
                  {s.waitlisted > 0 && <Typography.Text type="secondary">{t('waitingCount', { n: s.waitlisted })}</Typography.Text>}
                  {s.provisional && (
                    <Tag color={TAG_COLOURS.grey} style={{ fontSize: 'inherit' }}>
                      {w('provisional')}
                    </Tag>
                  )}
                </div>
              </div>
              {!s.suspended && !past && (
                <Button
                  type={s.free > 0 ? 'primary' : 'default'}
                  onClick={() => onBook(s)}
                  aria-label={`${s.free > 0 ? t('book') : t('joinWaitlist')} ${time}`}
                >
                  {s.free > 0 ? t('book') : t('joinWaitlist')}
                </Button>
              )}
            </Flex>
          </Card>
        );
      })}
    </Flex>
  );
}
