import { ReactNode, useEffect, useRef, useState } from 'react';
import { Form, FormInstance, Modal } from 'antd';
import { showFieldErrors } from '../../../api/errors';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { useFormDraft } from '../../../lib/drafts';

/**
 * A card action in a dialog: the form keeps a draft (survives an expired sign-in), API field
 * errors land under their fields and the rest beside the buttons; on success the card reloads at
 * the revision the command returned. One Idempotency-Key per opening: a click retried after a lost
 * answer sends the same key, so the server applies the action once.
 */
export function ActionDialog<V extends object>({
  title,
  open,
  draftKey,
  initialValues,
  onClose,
  submit,
  onDone,
  children,
  formName,
  okText,
}: {
  /** Prefixes the fields' ids, for a dialog that shares field names with another on the same page. */
  formName?: string;
  title: string;
  /** The confirming button's word when it says more than OK (借出). */
  okText?: string;
  open: boolean;
  draftKey: string;
  initialValues: Partial<V>;
  onClose: () => void;
  submit: (values: V, form: FormInstance<V>, idempotencyKey: string) => Promise<{ revision: string }>;
  onDone: (revision: string) => void;
  children: ReactNode;
}) {
  const [form] = Form.useForm<V>();
  const draft = useFormDraft<V>(draftKey);
  const [error, setError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  // Filled when the dialog opens only: a card reloading meanwhile must not overwrite what is being typed.
  const [filledFor, setFilledFor] = useState(false);
  const idempotencyKey = useRef(crypto.randomUUID());
  useEffect(() => {
    if (open && !filledFor) {
      idempotencyKey.current = crypto.randomUUID();
      form.resetFields();
      form.setFieldsValue({ ...initialValues, ...draft.initial } as Parameters<typeof form.setFieldsValue>[0]);
      setError(undefined);
      setUnplaced([]);
    }
    setFilledFor(open);
  }, [open, filledFor, form, initialValues, draft.initial]);
  const ok = async () => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const result = await submit(values, form, idempotencyKey.current);
      draft.clear();
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
      title={title}
      open={open}
      onCancel={onClose}
      onOk={() => void ok()}
      okText={okText}
      confirmLoading={busy}
      destroyOnHidden
      forceRender
    >
      <Form<V> form={form} name={formName} layout="vertical" onValuesChange={draft.save}>
        {children}
      </Form>
      <ApiErrorAlert error={error} extra={unplaced} />
    </Modal>
  );
}
