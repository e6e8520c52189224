import { App, Form, Input } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useSession } from '../../../auth/AuthProvider';
import { CategoryCascader } from '../../../components/CategoryCascader';
import { FormDialog } from '../../../components/FormDialog';
import { useT } from '../../../i18n/I18nProvider';
import { parseYuanToFen } from '../../../lib/money';
import { messages } from './messages';

interface Values {
  assetNo: string;
  name: string;
  categoryCode: string;
  custodian: string;
  location: string;
  acquiredOn: string;
  originalValue: string;
  unit: string;
}

/** 盘盈: a new card for an asset found with none (the same checks as 资产登记), linked to the task. */
export function SurplusDialog({
  stocktakeId,
  open,
  location,
  onClose,
  onDone,
}: {
  stocktakeId: string;
  open: boolean;
  location: string | null;
  onClose(): void;
  onDone(): void;
}) {
  const t = useT(messages);
  const { message } = App.useApp();
  const departmentId = useSession()?.actor.departmentId ?? '';
  const required = (field: string) => [{ required: true, message: t('required', { field }) }];
  const submit = ({ originalValue, ...v }: Values) => {
    const body: Schemas['RegisterAssetRequestDto'] = {
      ...v,
      departmentId,
      originalValueFen: parseYuanToFen(originalValue) ?? -1,
      quantity: 1,
      condition: 'good',
    };
    return unwrap(api.POST('/api/stocktakes/{stocktakeId}/surplus', { params: { path: { stocktakeId } }, body }));
  };
  return (
    <FormDialog<Values, unknown>
      open={open}
      title={t('surplusTitle')}
      okText={t('surplus')}
      intro={<p>{t('surplusIntro')}</p>}
      onClose={onClose}
      submit={submit}
      onDone={() => {
        void message.success(t('surplusOk'));
        onDone();
      }}
    >
      <Form.Item name="assetNo" label={t('assetNo')} rules={required(t('assetNo'))}>
        <Input />
      </Form.Item>
      <Form.Item name="name" label={t('name')} rules={required(t('name'))}>
        <Input />
      </Form.Item>
      <Form.Item name="categoryCode" label={t('category')} rules={required(t('category'))}>
        <CategoryCascader />
      </Form.Item>
      <Form.Item name="custodian" label={t('custodian')} rules={required(t('custodian'))}>
        <Input />
      </Form.Item>
      <Form.Item name="location" label={t('location')} rules={required(t('location'))} initialValue={location ?? undefined}>
        <Input />
      </Form.Item>
      <Form.Item name="acquiredOn" label={t('acquiredOn')} rules={required(t('acquiredOn'))}>
        <Input type="date" />
      </Form.Item>
      <Form.Item
        name="originalValue"
        label={t('originalValue')}
        rules={[
          ...required(t('originalValue')),
          {
            validator: (_: unknown, v?: string) =>
              !v || parseYuanToFen(v) !== null ? Promise.resolve() : Promise.reject(new Error(t('badAmount'))),
          },
        ]}
      >
        <Input inputMode="decimal" prefix="¥" />
      </Form.Item>
      <Form.Item name="unit" label={t('unit')} rules={required(t('unit'))} initialValue="台">
        <Input />
      </Form.Item>
    </FormDialog>
  );
}
