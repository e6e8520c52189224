import { Alert, Form, Input, Select } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { FormDialog } from '../../../components/FormDialog';
import { useT } from '../../../i18n/I18nProvider';
import { PROPERTY_STATUSES, propertyWords } from '../messages';
import { useActionKey } from './action-key';
import { messages } from './messages';

type Property = Schemas['PropertyView'];
type Values = Schemas['ChangePropertyStatusRequestDto'];

/** 变更状态: 在用, 闲置, 出租出借, 待处置; office space never 出租出借 (the server says so too, naming the rule). */
export function StatusDialog({
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
  const office = property.use === 'office';
  return (
    <FormDialog<Values, { revision: string }>
      open={open}
      title={t('changeStatus')}
      okText={t('changeStatus')}
      intro={office ? <Alert type="warning" showIcon title={tw('officeRule')} style={{ marginBottom: 12 }} /> : undefined}
      onClose={onClose}
      submit={(body) =>
        unwrap(
          api.POST('/api/properties/{propertyId}/status', {
            params: { path: { propertyId: property.propertyId }, header: { 'Idempotency-Key': key, 'If-Match': property.revision } },
            body,
          }),
        )
      }
      onDone={(r) => onDone(r.revision)}
    >
      <Form.Item name="status" label={t('newStatus')} rules={[{ required: true, message: t('newStatus') }]}>
        <Select
          options={PROPERTY_STATUSES.filter((s) => s !== property.status).map((s) => ({
            value: s,
            label: tw(`status.${s}`),
            disabled: office && s === 'leased',
          }))}
        />
      </Form.Item>
      <Form.Item name="reason" label={t('reason')} rules={[{ required: true, min: 2, message: t('reasonRequired') }]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormDialog>
  );
}
