import { useRef, useState } from 'react';
import { Alert, Descriptions, Modal } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { formatDate } from '../../../lib/dates';
import { sharingWords } from '../../spaces/sharing-words';
import { formatSlot } from '../../spaces/windows';
import { messages } from '../messages';
import { ConsentStep } from '../privacy/PrivacyNotice';

type Slot = Schemas['AvailabilitySlotView'];

/**
 * One step: look at what will be booked (time, place, plate) and confirm. A full slot says the
 * booking will wait in line. Before the first booking, or when the notice changed, the notice is
 * shown and agreeing to it is part of confirming.
 */
export function BookingConfirm(props: {
  space: Schemas['SpaceView'];
  slot: Slot;
  plate: string | null;
  privacy: Schemas['MyPrivacyView'] | null;
  onDone(result: Schemas['SharingCommandResult']): void;
  onClose(): void;
}) {
  const { space, slot } = props;
  const t = useT(messages);
  const w = useT(sharingWords);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const idempotencyKey = useRef(crypto.randomUUID());
  const full = slot.free === 0;
  const needsConsent = props.privacy !== null && !props.privacy.consent?.current;
  const [agreed, setAgreed] = useState(false);
  const book = async () => {
    setBusy(true);
    setError(undefined);
    try {
      if (needsConsent && props.privacy)
        await unwrap(api.POST('/api/residents/me/consent', { body: { noticeVersion: props.privacy.notice.version } }));
      const result = await unwrap(
        api.POST('/api/spaces/{spaceId}/bookings', {
          params: { path: { spaceId: space.spaceId } },
          body: { slotStart: slot.start, places: 1 },
          headers: { 'Idempotency-Key': idempotencyKey.current },
        }),
      );
      props.onDone(result);
    } catch (e: unknown) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('confirmTitle')}
      okText={needsConsent ? t('agreeAndBook') : full ? t('confirmWaitlist') : t('confirmBook')}
      cancelText={t('keep')}
      okButtonProps={{ loading: busy, disabled: needsConsent && !agreed, style: { minHeight: 44 } }}
      cancelButtonProps={{ style: { minHeight: 44 } }}
      onOk={() => void book()}
      onCancel={props.onClose}
    >
      <Descriptions column={1} size="small">
        <Descriptions.Item label={w(`kind.${space.kind}`)}>{space.name}</Descriptions.Item>
        <Descriptions.Item label={t('calendar')}>
          {formatDate(slot.start)} {formatSlot(slot.start, slot.end, w('nextDay'))}
        </Descriptions.Item>
        {space.kind === 'parking' && <Descriptions.Item label={t('plate')}>{props.plate ?? '—'}</Descriptions.Item>}
      </Descriptions>
      {full && <Alert role="status" type="warning" showIcon title={t('fullNote')} style={{ marginBottom: 12 }} />}
      {needsConsent && props.privacy && (
        <ConsentStep notice={props.privacy.notice} changed={props.privacy.consent !== null} agreed={agreed} onAgree={setAgreed} />
      )}
      <ApiErrorAlert error={error} />
    </Modal>
  );
}
