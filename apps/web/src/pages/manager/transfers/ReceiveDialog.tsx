import { useState } from 'react';
import { Form, Input, Modal } from 'antd';
import { api, Schemas } from '../../../api/client';
import { showFieldErrors, unwrap } from '../../../api/errors';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { messages } from './messages';

type Transfer = Schemas['TransferView'];

interface Received {
  custodian: string;
  location: string;
}

/**
 * The receiving side's handover: it names who keeps the asset and where it stands, so the card never
 * carries the releasing unit's custodian.
 */
export function ReceiveDialog({
  transfer,
  open,
  onClose,
  onDone,
}: {
  transfer: Transfer;
  open: boolean;
  onClose(): void;
  onDone(revision: string): void;
}) {
  const t = useT(messages);
  const [form] = Form.useForm<Received>();
  const [error, setError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (body: Received) => {
    setBusy(true);
    setError(undefined);
    setUnplaced([]);
    try {
      const result = await unwrap(
        api.POST('/api/assets/{assetId}/transfers/{transferId}/handover', {
          params: { path: { assetId: transfer.assetId, transferId: transfer.transferId } },
          body: { custodian: body.custodian.trim(), location: body.location.trim() },
        }),
      );
      onDone(result.revision);
    } catch (e: unknown) {
      setError(e);
      setUnplaced(showFieldErrors(form, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('receiveTitle', { name: transfer.assetName })}
      okText={t('confirmHandover')}
      okButtonProps={{ loading: busy, style: { minHeight: 44 } }}
      cancelButtonProps={{ style: { minHeight: 44 } }}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(undefined);
        onClose();
      }}
      destroyOnHidden
    >
      <p>{t('confirmBody')}</p>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="custodian" label={t('custodian')} rules={[{ required: true, whitespace: true, message: t('custodianRequired') }]}>
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item name="location" label={t('location')} rules={[{ required: true, whitespace: true, message: t('locationRequired') }]}>
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
      </Form>
      <ApiErrorAlert error={error} extra={unplaced} />
    </Modal>
  );
}
