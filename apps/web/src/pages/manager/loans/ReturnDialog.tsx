import { useState } from 'react';
import { App, Form, Input, Modal } from 'antd';
import { api, Schemas } from '../../../api/client';
import { showFieldErrors, unwrap } from '../../../api/errors';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { messages } from './messages';

type Loan = Schemas['LoanView'];

/** 归还, recorded by the lending unit with an optional note on the condition it came back in. */
export function ReturnDialog({ loan, onClose, onDone }: { loan: Loan | null; onClose(): void; onDone(): void }) {
  const t = useT(messages);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const [error, setError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async ({ note }: { note?: string }) => {
    if (!loan) return;
    setBusy(true);
    setError(undefined);
    try {
      await unwrap(
        api.POST('/api/assets/{assetId}/loans/{loanId}/return', {
          params: { path: { assetId: loan.assetId, loanId: loan.loanId } },
          body: { note: note?.trim() || undefined },
        }),
      );
      void message.success(t('returnedOk'));
      onDone();
    } catch (e: unknown) {
      setError(e);
      setUnplaced(showFieldErrors(form, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={loan !== null}
      title={loan ? t('giveBackTitle', { name: loan.assetName }) : ''}
      okText={t('giveBack')}
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
        <Form.Item name="note" label={t('note')} extra={t('noteHelp')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
      <ApiErrorAlert error={error} extra={unplaced} />
    </Modal>
  );
}
