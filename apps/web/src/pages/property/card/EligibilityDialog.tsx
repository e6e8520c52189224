import { Form, Input, Radio } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { FormDialog } from '../../../components/FormDialog';
import { useT } from '../../../i18n/I18nProvider';
import { propertyWords } from '../messages';
import { useActionKey } from './action-key';
import { messages } from './messages';

type Property = Schemas['PropertyView'];
type Values = Schemas['AssessSharingEligibilityRequestDto'];

/** 应开尽开摸底: a school, parking lot or sports venue marked eligible to open off-peak or not, with the reason. */
export function EligibilityDialog({
  property,
  open,
  onClose,
  onDone,
}: {
  property: Property;
  open: boolean;
  onClose: () => void;
  onDone: (r: string) => void;
}) {
  const t = useT(messages);
  const tw = useT(propertyWords);
  const key = useActionKey(open);
  return (
    <FormDialog<Values, { revision: string }>
      open={open}
      title={t('assess')}
      okText={t('assess')}
      onClose={onClose}
      submit={(body) =>
        unwrap(
          api.POST('/api/properties/{propertyId}/sharing-eligibility', {
            params: { path: { propertyId: property.propertyId }, header: { 'Idempotency-Key': key, 'If-Match': property.revision } },
            body,
          }),
        )
      }
      onDone={(r) => onDone(r.revision)}
    >
      <Form.Item name="eligible" label={t('eligibleQuestion')} rules={[{ required: true, message: t('eligibleQuestion') }]}>
        <Radio.Group
          options={[
            { value: true, label: tw('eligible.yes') },
            { value: false, label: tw('eligible.no') },
          ]}
        />
      </Form.Item>
      <Form.Item name="reason" label={t('reason')} rules={[{ required: true, min: 2, message: t('reasonRequired') }]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormDialog>
  );
}
