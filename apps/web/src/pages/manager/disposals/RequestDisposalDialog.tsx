import { Form, Input, Select } from 'antd';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useT } from '../../../i18n/I18nProvider';
import { ActionDialog } from '../asset-card/ActionDialog';
import { PhotoUpload } from '../asset-card/PhotoUpload';
import { DISPOSAL_KIND_KEYS, DisposalKindKey, disposalWords } from './messages';

interface Values {
  kind: DisposalKindKey;
  reason: string;
  counterparty?: string;
  photoIds?: string[];
}
const WITH_COUNTERPARTY: readonly DisposalKindKey[] = ['donation', 'swap', 'free_transfer'];

/**
 * 申请处置 for one or more assets of the manager's unit, from the asset card or the long-idle report.
 * A listed asset's listing is withdrawn by the request itself (转入处置).
 */
export function RequestDisposalDialog({
  assetIds,
  name,
  open,
  onClose,
  onDone,
}: {
  assetIds: string[];
  name: string;
  open: boolean;
  onClose: () => void;
  onDone: (revision: string) => void;
}) {
  const t = useT(disposalWords);
  const submit = (v: Values, _form: unknown, idempotencyKey: string) =>
    unwrap(
      api.POST('/api/disposals', {
        params: { header: { 'Idempotency-Key': idempotencyKey } },
        body: {
          assetIds,
          kind: v.kind,
          reason: v.reason,
          ...(WITH_COUNTERPARTY.includes(v.kind) && v.counterparty ? { counterparty: v.counterparty } : {}),
          ...(v.photoIds?.length ? { photoIds: v.photoIds } : {}),
        },
      }),
    );
  return (
    <ActionDialog<Values>
      formName="dispose"
      title={t('requestFor', { name })}
      open={open}
      draftKey={`dispose-${assetIds.join(',')}`}
      initialValues={{ kind: 'scrap', photoIds: [] }}
      onClose={onClose}
      submit={submit}
      onDone={onDone}
    >
      <Form.Item name="kind" label={t('kind')} rules={[{ required: true }]}>
        <Select options={DISPOSAL_KIND_KEYS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="reason" label={t('reason')} rules={[{ required: true, min: 2, message: t('reasonRequired') }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.kind !== b.kind}>
        {({ getFieldValue }) =>
          WITH_COUNTERPARTY.includes(getFieldValue('kind') as DisposalKindKey) && (
            <Form.Item name="counterparty" label={t('counterparty')} extra={t('counterpartyHint')} rules={[{ required: true, min: 2 }]}>
              <Input />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item name="photoIds" label={t('photos')}>
        <PhotoUpload label={t('upload')} />
      </Form.Item>
    </ActionDialog>
  );
}
