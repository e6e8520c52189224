import { App, Form, Input, Radio } from 'antd';
import { api, Schemas } from '../../api/client';
import { unwrap } from '../../api/errors';
import { FormDialog } from '../../components/FormDialog';
import { useT } from '../../i18n/I18nProvider';
import { messages } from './messages';

type Venue = Schemas['SurveyVenueView'];
interface Values {
  eligible: 'yes' | 'no';
  reason: string;
}

/** 摸排: eligible or not, with the reason (the register refuses office space as eligible, naming the rule). */
export function AssessDialog({ venue, onClose, onDone }: { venue: Venue | null; onClose(): void; onDone(): void }) {
  const t = useT(messages);
  const { message } = App.useApp();
  const submit = (v: Values) =>
    unwrap(
      api.POST('/api/properties/{propertyId}/sharing-eligibility', {
        params: { path: { propertyId: venue?.propertyId ?? '' } },
        body: { eligible: v.eligible === 'yes', reason: v.reason.trim() },
      }),
    );
  return (
    <FormDialog<Values, unknown>
      open={venue !== null}
      title={venue ? t('assessTitle', { name: venue.name }) : ''}
      okText={t('assess')}
      onClose={onClose}
      submit={submit}
      onDone={() => {
        void message.success(t('assessed'));
        onDone();
      }}
    >
      <Form.Item name="eligible" label={t('eligibleQuestion')} rules={[{ required: true, message: t('choose') }]}>
        <Radio.Group
          options={[
            { value: 'yes', label: t('yes') },
            { value: 'no', label: t('no') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('reason')}
        extra={t('reasonHelp')}
        rules={[{ required: true, whitespace: true, min: 2, message: t('reasonRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </FormDialog>
  );
}
