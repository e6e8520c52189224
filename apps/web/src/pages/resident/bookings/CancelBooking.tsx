import { useState } from 'react';
import { Form, Input, Modal } from 'antd';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { messages } from '../messages';

/** Cancelling asks one thing: why (kept with the booking; a waiting person moves up at once). */
export function CancelBooking({ bookingId, onDone, onClose }: { bookingId: string; onDone(): void; onClose(): void }) {
  const t = useT(messages);
  const [reason, setReason] = useState('行程有变');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const cancel = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await unwrap(api.POST('/api/bookings/{bookingId}/cancellation', { params: { path: { bookingId } }, body: { reason } }));
      onDone();
    } catch (e: unknown) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('cancelTitle')}
      okText={t('confirmCancel')}
      cancelText={t('keep')}
      okButtonProps={{ danger: true, loading: busy, style: { minHeight: 44 } }}
      cancelButtonProps={{ style: { minHeight: 44 } }}
      onOk={() => void cancel()}
      onCancel={onClose}
    >
      <Form layout="vertical">
        <Form.Item label={t('cancelReason')} htmlFor="cancel-reason">
          <Input id="cancel-reason" value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} />
        </Form.Item>
      </Form>
      <ApiErrorAlert error={error} />
    </Modal>
  );
}
