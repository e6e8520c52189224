import { Checkbox, Form, Input, Select } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { FormDialog } from '../../../components/FormDialog';
import { useT } from '../../../i18n/I18nProvider';
import { todayInChina } from '../../../lib/dates';
import { useActionKey } from './action-key';
import { messages } from './messages';

type Property = Schemas['PropertyView'];
interface Values {
  toUnitId?: string;
  vacate?: boolean;
  since: string;
  reason: string;
}

/** 使用单位变更: a unit moves in from a date, or the property is left empty. */
export function OccupancyDialog({
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
  const key = useActionKey(open);
  const units = useApi(() => unwrap(api.GET('/api/departments')), []);
  return (
    <FormDialog<Values, { revision: string }>
      open={open}
      title={t('changeOccupancy')}
      okText={t('changeOccupancy')}
      onClose={onClose}
      submit={(v) =>
        unwrap(
          api.POST('/api/properties/{propertyId}/occupancy', {
            params: { path: { propertyId: property.propertyId }, header: { 'Idempotency-Key': key, 'If-Match': property.revision } },
            body: v.vacate
              ? { vacate: true, since: v.since, reason: v.reason }
              : { toUnitId: v.toUnitId, since: v.since, reason: v.reason },
          }),
        )
      }
      onDone={(r) => onDone(r.revision)}
    >
      <Form.Item name="vacate" valuePropName="checked">
        <Checkbox>{t('vacate')}</Checkbox>
      </Form.Item>
      <Form.Item noStyle dependencies={['vacate']}>
        {({ getFieldValue }) =>
          getFieldValue('vacate') ? null : (
            <Form.Item name="toUnitId" label={t('toUnit')} rules={[{ required: true, message: t('toUnit') }]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={units.loading}
                options={(units.data ?? [])
                  .filter((d) => d.code !== property.occupantUnitId)
                  .map((d) => ({ value: d.code, label: `${d.name}（${d.code}）` }))}
              />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item name="since" label={t('since')} initialValue={todayInChina()} rules={[{ required: true, message: t('since') }]}>
        <Input type="date" max={todayInChina()} />
      </Form.Item>
      <Form.Item name="reason" label={t('reason')} rules={[{ required: true, min: 2, message: t('reasonRequired') }]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormDialog>
  );
}
