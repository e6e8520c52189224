import { useNavigate } from 'react-router';
import { Alert, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useSession } from '../../../auth/AuthProvider';
import { useT } from '../../../i18n/I18nProvider';
import { common } from '../../../i18n/common';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { useFormDraft } from '../../../lib/drafts';
import { useSubmit } from '../../../lib/use-submit';
import { parseYuanToFen } from '../../../lib/money';
import { messages } from './messages';
import { CategoryCascader } from '../../../components/CategoryCascader';

type Body = Schemas['RegisterAssetRequestDto'];
/** Form values: the API's field names, amounts typed in 元 as text (converted to 分 on submit). */
type Values = Omit<Body, 'originalValueFen' | 'accumulatedDepreciationFen' | 'departmentId'> & {
  originalValueFen: string;
  accumulatedDepreciationFen?: string;
};

const CONDITIONS = ['new', 'good', 'fair', 'poor', 'unusable'] as const;
const USAGES = ['office_space', 'business_space', 'public_service', 'other'] as const;

/** 资产登记: the template for a form page (draft kept, API errors beside their fields, retry-safe). */
export default function RegisterAssetPage() {
  const t = useT(messages);
  const tc = useT(common);
  const navigate = useNavigate();
  const actor = useSession()?.actor;
  const [form] = Form.useForm<Values>();
  const draft = useFormDraft<Values>('register-asset', form);
  // One key per filled-in form: pressing the button twice (or retrying after a network error) writes once.
  const { busy, error, unplaced, submit: send } = useSubmit(form);

  const submit = async (values: Values) => {
    const body: Body = {
      ...values,
      departmentId: actor?.departmentId ?? '',
      originalValueFen: parseYuanToFen(values.originalValueFen) ?? -1,
      accumulatedDepreciationFen: values.accumulatedDepreciationFen ? (parseYuanToFen(values.accumulatedDepreciationFen) ?? -1) : undefined,
    };
    const result = await send((key) => unwrap(api.POST('/api/assets', { body, params: { header: { 'Idempotency-Key': key } } })));
    if (!result) return;
    draft.clear();
    void navigate(`/manager/assets/${result.assetId}`);
  };

  const required = (field: string) => [{ required: true, message: t('required', { field }) }];
  const amount = {
    validator: (_: unknown, v?: string) =>
      !v || parseYuanToFen(v) !== null ? Promise.resolve() : Promise.reject(new Error(t('badAmount'))),
  };
  return (
    <>
      <PageHeader title={t('title')} />
      <Card>
        {draft.initial && <Alert type="info" showIcon title={t('draftKept')} style={{ marginBottom: 16 }} />}
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ quantity: 1, unit: '台', condition: 'good' }}
          onValuesChange={draft.save}
          onFinish={(v) => void submit(v)}
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="assetNo" label={t('assetNo')} rules={required(t('assetNo'))}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="name" label={t('name')} rules={required(t('name'))}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="categoryCode" label={t('category')} rules={required(t('category'))}>
                <CategoryCascader placeholder={t('categoryHint')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="usage" label={t('usage')}>
                <Select allowClear options={USAGES.map((u) => ({ value: u, label: t(`usage.${u}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="brand" label={t('brand')}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="specification" label={t('specification')}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="custodian" label={t('custodian')} rules={required(t('custodian'))}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="location" label={t('location')} rules={required(t('location'))}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="acquiredOn" label={t('acquiredOn')} rules={required(t('acquiredOn'))}>
                <Input type="date" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="originalValueFen" label={t('originalValue')} rules={[...required(t('originalValue')), amount]}>
                <Input inputMode="decimal" prefix="¥" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="accumulatedDepreciationFen" label={t('depreciation')} rules={[amount]}>
                <Input inputMode="decimal" prefix="¥" />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="quantity" label={t('quantity')} rules={required(t('quantity'))}>
                <InputNumber min={1} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="unit" label={t('unit')} rules={required(t('unit'))}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="condition" label={t('condition')} rules={required(t('condition'))}>
                <Select options={CONDITIONS.map((c) => ({ value: c, label: tc(`condition.${c}`) }))} />
              </Form.Item>
            </Col>
          </Row>
          <ApiErrorAlert error={error} extra={unplaced} />
          <Space style={{ marginTop: 16 }}>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('submit')}
            </Button>
            <Button
              onClick={() => {
                draft.clear();
                form.resetFields();
              }}
            >
              {t('clearDraft')}
            </Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
