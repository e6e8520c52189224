import { ReactNode, useState } from 'react';
import { Form, Modal } from 'antd';
import { showFieldErrors } from '../api/errors';
import { ApiErrorAlert } from '../layout/ApiErrorAlert';

/**
 * A form in a dialog that sends one request: API field errors land under their fields and the rest
 * beside the buttons; the buttons are 44 px high for fingers; the request's answer goes to `onDone`.
 */
export function FormDialog<V extends object, R>({
  open,
  title,
  okText,
  intro,
  onClose,
  submit,
  onDone,
  children,
}: {
  open: boolean;
  title: string;
  okText: string;
  intro?: ReactNode;
  onClose: () => void;
  submit: (values: V) => Promise<R>;
  onDone: (result: R) => void;
  children: ReactNode;
}) {
  const [form] = Form.useForm<V>();
  const [error, setError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const finish = async (values: V) => {
    setBusy(true);
    setError(undefined);
    setUnplaced([]);
    try {
      onDone(await submit(values));
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
      title={title}
      okText={okText}
      okButtonProps={{ loading: busy, style: { minHeight: 44 } }}
      cancelButtonProps={{ style: { minHeight: 44 } }}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(undefined);
        onClose();
      }}
      destroyOnHidden
    >
      {intro}
      <Form form={form} layout="vertical" onFinish={(v) => void finish(v)}>
        {children}
      </Form>
      <ApiErrorAlert error={error} extra={unplaced} />
    </Modal>
  );
}
