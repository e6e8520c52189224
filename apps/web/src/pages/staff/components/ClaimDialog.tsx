import { useRef, useState } from 'react';
import { App, Form, Input, Modal } from 'antd';
import { api, Schemas } from '../../../api/client';
import { showFieldErrors, unwrap } from '../../../api/errors';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { cardMessages } from './messages';

type Listing = Pick<Schemas['ListingView'], 'assetId' | 'name'>;

/** 申领 with a reason. One Idempotency-Key per opened dialog: a double press or a retry claims once. */
export function ClaimDialog({ listing, onClose, onClaimed }: { listing: Listing | null; onClose(): void; onClaimed(): void }) {
  const t = useT(cardMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ justification: string }>();
  const [error, setError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const key = useRef(crypto.randomUUID());

  const submit = async ({ justification }: { justification: string }) => {
    if (!listing) return;
    setBusy(true);
    setError(undefined);
    setUnplaced([]);
    try {
      await unwrap(
        api.POST('/api/assets/{assetId}/listing/claims', {
          params: { path: { assetId: listing.assetId }, header: { 'Idempotency-Key': key.current } },
          body: { justification },
        }),
      );
      void message.success(t('claimed'));
      form.resetFields();
      key.current = crypto.randomUUID();
      onClaimed();
    } catch (e: unknown) {
      setError(e);
      setUnplaced(showFieldErrors(form, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={listing !== null}
      title={listing ? t('claimTitle', { name: listing.name }) : ''}
      okText={t('claim')}
      okButtonProps={{ loading: busy, style: { minHeight: 44 } }}
      cancelButtonProps={{ style: { minHeight: 44 } }}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(undefined);
        onClose();
      }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="justification"
          label={t('justification')}
          extra={t('justificationHelp')}
          rules={[{ required: true, min: 2, whitespace: true, message: t('justificationRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
      <ApiErrorAlert error={error} extra={unplaced} />
    </Modal>
  );
}
