import { Form, Input } from 'antd';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useT } from '../../../i18n/I18nProvider';
import { ActionDialog } from './ActionDialog';
import type { Asset } from './load-card';
import { messages } from './messages';

interface Values {
  location: string;
  custodian?: string;
  reason?: string;
}

/** 迁移: a physical move (and maybe a new custodian); the card was right before and after. */
export function RelocateDialog({
  asset,
  open,
  onClose,
  onDone,
}: {
  asset: Asset;
  open: boolean;
  onClose: () => void;
  onDone: (r: string) => void;
}) {
  const t = useT(messages);
  const submit = (v: Values) =>
    unwrap(
      api.POST('/api/assets/{assetId}/relocations', {
        params: { path: { assetId: asset.assetId }, header: { 'If-Match': `"${asset.revision}"` } },
        body: { location: v.location, custodian: v.custodian || undefined, reason: v.reason || undefined },
      }),
    );
  return (
    <ActionDialog<Values>
      title={t('relocate')}
      open={open}
      draftKey={`relocate-${asset.assetId}`}
      initialValues={{}}
      onClose={onClose}
      submit={submit}
      onDone={onDone}
    >
      <Form.Item name="location" label={t('newLocation')} rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Form.Item name="custodian" label={t('newCustodian')}>
        <Input />
      </Form.Item>
      <Form.Item name="reason" label={t('reason')}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </ActionDialog>
  );
}
