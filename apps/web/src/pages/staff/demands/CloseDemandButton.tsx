import { useState } from 'react';
import { App, Button, Form, Input, Modal } from 'antd';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { useSubmit } from '../../../lib/use-submit';
import { messages } from './messages';

/** Closing one of my unit's needs (met, or no longer needed), with the reason kept on record. */
export function CloseDemandButton({ demandId, purpose, onClosed }: { demandId: string; purpose: string; onClosed(): void }) {
  const t = useT(messages);
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const { busy, error, unplaced, submit } = useSubmit(form);
  const send = async ({ reason }: { reason: string }) => {
    const done = await submit((key) =>
      unwrap(
        api.POST('/api/demands/{demandId}/closure', {
          params: { path: { demandId } },
          body: { reason },
          headers: { 'Idempotency-Key': key },
        }),
      ),
    );
    if (!done) return;
    setOpen(false);
    form.resetFields();
    void message.success(t('closed'));
    onClosed();
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} aria-label={t('closeOf', { purpose })}>
        {t('close')}
      </Button>
      <Modal
        open={open}
        title={t('closeTitle', { purpose })}
        okText={t('close')}
        cancelText={t('cancel')}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => void send(v)}>
          <Form.Item name="reason" label={t('closeReason')} rules={[{ required: true, min: 2, message: t('closeReasonRule') }]}>
            <Input.TextArea rows={3} maxLength={500} placeholder={t('closeReasonHint')} />
          </Form.Item>
          <ApiErrorAlert error={error} extra={unplaced} />
        </Form>
      </Modal>
    </>
  );
}
