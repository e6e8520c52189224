import { App, Form, Input } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { FormDialog } from '../../../components/FormDialog';
import { useT } from '../../../i18n/I18nProvider';
import { messages } from './messages';

type Loan = Schemas['LoanView'];

/** 归还, recorded by the lending unit with an optional note on the condition it came back in. */
export function ReturnDialog({ loan, onClose, onDone }: { loan: Loan | null; onClose(): void; onDone(): void }) {
  const t = useT(messages);
  const { message } = App.useApp();
  const submit = ({ note }: { note?: string }) =>
    unwrap(
      api.POST('/api/assets/{assetId}/loans/{loanId}/return', {
        params: { path: { assetId: loan?.assetId ?? '', loanId: loan?.loanId ?? '' } },
        body: { note: note?.trim() || undefined },
      }),
    );
  return (
    <FormDialog<{ note?: string }, unknown>
      open={loan !== null}
      title={loan ? t('giveBackTitle', { name: loan.assetName }) : ''}
      okText={t('giveBack')}
      onClose={onClose}
      submit={submit}
      onDone={() => {
        void message.success(t('returnedOk'));
        onDone();
      }}
    >
      <Form.Item name="note" label={t('note')} extra={t('noteHelp')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormDialog>
  );
}
