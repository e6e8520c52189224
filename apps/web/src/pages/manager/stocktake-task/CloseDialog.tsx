import { App, Form, Input } from 'antd';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { FormDialog } from '../../../components/FormDialog';
import { useT } from '../../../i18n/I18nProvider';
import { messages } from './messages';

/** 签字结束: the asset manager's conclusion; what is still uncounted becomes 未找到. */
export function CloseDialog({
  stocktakeId,
  open,
  pending,
  onClose,
  onDone,
}: {
  stocktakeId: string;
  open: boolean;
  pending: number;
  onClose(): void;
  onDone(): void;
}) {
  const t = useT(messages);
  const { message } = App.useApp();
  const submit = ({ opinion }: { opinion: string }) =>
    unwrap(api.POST('/api/stocktakes/{stocktakeId}/close', { params: { path: { stocktakeId } }, body: { opinion } }));
  return (
    <FormDialog<{ opinion: string }, unknown>
      open={open}
      title={t('closeTitle')}
      okText={t('close')}
      intro={<p>{t('closeIntro', { n: pending })}</p>}
      onClose={onClose}
      submit={submit}
      onDone={() => {
        void message.success(t('closedOk'));
        onDone();
      }}
    >
      <Form.Item name="opinion" label={t('opinion')} rules={[{ required: true, message: t('required', { field: t('opinion') }) }]}>
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </FormDialog>
  );
}
