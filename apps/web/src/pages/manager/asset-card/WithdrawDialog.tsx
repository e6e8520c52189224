import { Form, Input } from 'antd';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useT } from '../../../i18n/I18nProvider';
import { ActionDialog } from './ActionDialog';
import type { Asset } from './load-card';
import { messages } from './messages';

/** 撤回挂牌, with the reason. */
export function WithdrawDialog({
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
  const submit = (v: { reason: string }) =>
    unwrap(
      api.POST('/api/assets/{assetId}/listing/withdrawal', { params: { path: { assetId: asset.assetId } }, body: { reason: v.reason } }),
    );
  return (
    <ActionDialog<{ reason: string }>
      title={t('withdraw')}
      open={open}
      draftKey={`withdraw-${asset.assetId}`}
      initialValues={{}}
      onClose={onClose}
      submit={submit}
      onDone={onDone}
    >
      <Form.Item name="reason" label={t('reason')} rules={[{ required: true, min: 2, message: t('reasonRequired') }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </ActionDialog>
  );
}
