import { App, Form, Input } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useSession } from '../../../auth/AuthProvider';
import { FormDialog } from '../../../components/FormDialog';
import { useT } from '../../../i18n/I18nProvider';
import { messages } from './messages';

type Result = Schemas['StocktakeCommandResult'];

/** 新建盘点任务 for the manager's own unit, optionally one 存放地点. */
export function OpenStocktakeDialog({ open, onClose, onDone }: { open: boolean; onClose(): void; onDone(r: Result): void }) {
  const t = useT(messages);
  const { message } = App.useApp();
  const departmentId = useSession()?.actor.departmentId ?? '';
  const submit = ({ title, location }: { title: string; location?: string }) =>
    unwrap(api.POST('/api/stocktakes', { body: { title, departmentId, location: location?.trim() || undefined } }));
  return (
    <FormDialog<{ title: string; location?: string }, Result>
      open={open}
      title={t('openTitle')}
      okText={t('open')}
      intro={<p>{t('openIntro')}</p>}
      onClose={onClose}
      submit={submit}
      onDone={(r) => {
        void message.success(t('opened'));
        onDone(r);
      }}
    >
      <Form.Item name="title" label={t('taskTitle')} rules={[{ required: true, message: t('required', { field: t('taskTitle') }) }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="location" label={t('location')} extra={t('locationHelp')}>
        <Input maxLength={200} />
      </Form.Item>
    </FormDialog>
  );
}
