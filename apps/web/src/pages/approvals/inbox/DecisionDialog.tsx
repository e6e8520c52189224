import { useRef, useState } from 'react';
import { Form, Input, Modal } from 'antd';
import { api, Schemas } from '../../../api/client';
import { showFieldErrors, unwrap } from '../../../api/errors';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { messages } from './messages';

type Transfer = Schemas['TransferView'];
export interface Decision {
  readonly transfer: Transfer;
  readonly approve: boolean;
}

/** Approve (comment optional) or reject (reason required) the step waiting for this approver. */
export function DecisionDialog({ decision, onClose, onDone }: { decision: Decision | null; onClose(): void; onDone(d: Decision): void }) {
  const t = useT(messages);
  const [form] = Form.useForm<{ comment?: string }>();
  const [error, setError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const key = useRef(crypto.randomUUID());
  const approve = decision?.approve ?? true;

  const submit = async ({ comment }: { comment?: string }) => {
    if (!decision) return;
    setBusy(true);
    setError(undefined);
    setUnplaced([]);
    try {
      const { assetId, transferId } = decision.transfer;
      const text = comment?.trim();
      await unwrap(
        api.POST('/api/assets/{assetId}/transfers/{transferId}/decisions', {
          params: { path: { assetId, transferId }, header: { 'Idempotency-Key': key.current } },
          body: { approve, ...(text ? { comment: text } : {}) },
        }),
      );
      key.current = crypto.randomUUID();
      form.resetFields();
      onDone(decision);
    } catch (e: unknown) {
      setError(e);
      setUnplaced(showFieldErrors(form, e));
    } finally {
      setBusy(false);
    }
  };

  const name = decision?.transfer.assetName ?? '';
  return (
    <Modal
      open={decision !== null}
      title={t(approve ? 'approveTitle' : 'rejectTitle', { name })}
      okText={t(approve ? 'approve' : 'reject')}
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
          name="comment"
          label={approve ? t('comment') : t('rejectReason')}
          extra={approve ? t('commentOptional') : undefined}
          rules={approve ? [] : [{ required: true, min: 2, whitespace: true, message: t('rejectRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
      <ApiErrorAlert error={error} extra={unplaced} />
    </Modal>
  );
}
