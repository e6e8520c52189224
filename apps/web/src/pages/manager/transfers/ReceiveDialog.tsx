import { Form, Input } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { FormDialog } from '../../../components/FormDialog';
import { useT } from '../../../i18n/I18nProvider';
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
  const submit = (body: Received) =>
    unwrap(
      api.POST('/api/assets/{assetId}/transfers/{transferId}/handover', {
        params: { path: { assetId: transfer.assetId, transferId: transfer.transferId } },
        body: { custodian: body.custodian.trim(), location: body.location.trim() },
      }),
    );
  return (
    <FormDialog<Received, { revision: string }>
      open={open}
      title={t('receiveTitle', { name: transfer.assetName })}
      okText={t('confirmHandover')}
      intro={<p>{t('confirmBody')}</p>}
      onClose={onClose}
      submit={submit}
      onDone={(result) => onDone(result.revision)}
    >
      <Form.Item name="custodian" label={t('custodian')} rules={[{ required: true, whitespace: true, message: t('custodianRequired') }]}>
        <Input maxLength={100} autoComplete="off" />
      </Form.Item>
      <Form.Item name="location" label={t('location')} rules={[{ required: true, whitespace: true, message: t('locationRequired') }]}>
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
    </FormDialog>
  );
}
