import { App, Form, Input } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { FormDialog } from '../../../components/FormDialog';
import { useT } from '../../../i18n/I18nProvider';
import { messages } from './messages';

type Item = Schemas['StocktakeItemView'];

/** 盘亏: an expected card confirmed missing, with why; it stays on the books. */
export function ShortageDialog({
  stocktakeId,
  item,
  onClose,
  onDone,
}: {
  stocktakeId: string;
  item: Item | null;
  onClose(): void;
  onDone(): void;
}) {
  const t = useT(messages);
  const { message } = App.useApp();
  const submit = ({ reason }: { reason: string }) =>
    unwrap(
      api.POST('/api/stocktakes/{stocktakeId}/shortages', {
        params: { path: { stocktakeId } },
        body: { assetId: item?.assetId ?? '', reason },
      }),
    );
  return (
    <FormDialog<{ reason: string }, unknown>
      open={item !== null}
      title={item ? t('shortageTitle', { name: item.assetName, no: item.assetNo }) : ''}
      okText={t('shortage')}
      intro={<p>{t('shortageIntro')}</p>}
      onClose={onClose}
      submit={submit}
      onDone={() => {
        void message.success(t('shortageOk'));
        onDone();
      }}
    >
      <Form.Item name="reason" label={t('reason')} rules={[{ required: true, message: t('required', { field: t('reason') }) }]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormDialog>
  );
}
