import { useNavigate, useSearchParams } from 'react-router';
import { Alert, Button, Card, Col, Form, Input, InputNumber, Radio, Row, Select, Space } from 'antd';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useSession } from '../../../auth/AuthProvider';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { useFormDraft } from '../../../lib/drafts';
import { useSubmit } from '../../../lib/use-submit';
import { PROPERTY_KINDS, PROPERTY_STATUSES, PROPERTY_USES, PropertyKind, propertyWords } from '../messages';
import { AssetCardSelect } from './AssetCardSelect';
import { messages } from './messages';
import { ParentSelect } from './ParentSelect';
import { RegisterValues, toRegisterBody } from './register-body';

/** 物业登记: kind and parent, number and name, address and coordinates (WGS-84 or GCJ-02), areas, use, units, status, card. */
export default function RegisterPropertyPage() {
  const t = useT(messages);
  const tw = useT(propertyWords);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const actor = useSession()?.actor;
  const admin = actor?.role === 'system_admin';
  const [form] = Form.useForm<RegisterValues>();
  const draft = useFormDraft<RegisterValues>('register-property', form);
  const { busy, error, unplaced, submit: send } = useSubmit(form);
  const units = useApi(() => unwrap(api.GET('/api/departments')), []);
  const kind = (Form.useWatch('kind', form) ?? 'building') as PropertyKind;
  const occupant = Form.useWatch('occupantUnitId', form);
  const unitOptions = (units.data ?? []).map((d) => ({ value: d.code, label: `${d.name}（${d.code}）` }));

  const submit = async (values: RegisterValues) => {
    const result = await send((key) =>
      unwrap(api.POST('/api/properties', { body: toRegisterBody(values), params: { header: { 'Idempotency-Key': key } } })),
    );
    if (!result) return;
    draft.clear();
    void navigate(`/properties/${result.propertyId}`);
  };
  const required = (field: string) => [{ required: true, message: t('required', { field }) }];
  const fromLink = params.get('parentId')
    ? { kind: (params.get('kind') ?? 'room') as PropertyKind, parentId: params.get('parentId') ?? undefined }
    : {};

  return (
    <>
      <PageHeader title={t('title')} />
      <Card>
        {draft.initial && <Alert type="info" showIcon title={t('draftKept')} style={{ marginBottom: 16 }} />}
        <Form<RegisterValues>
          form={form}
          layout="vertical"
          initialValues={{ kind: 'building', system: 'WGS84', use: 'office', status: 'in_use', ...draft.initial, ...fromLink }}
          onValuesChange={draft.save}
          onFinish={(v) => void submit(v)}
        >
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="kind" label={tw('kind')} rules={required(tw('kind'))}>
                <Select
                  options={PROPERTY_KINDS.map((k) => ({ value: k, label: tw(`kind.${k}`) }))}
                  onChange={() => form.setFieldValue('parentId', undefined)}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item
                name="parentId"
                label={tw('parent')}
                extra={t('parentHint')}
                rules={kind === 'floor' || kind === 'room' ? required(tw('parent')) : []}
              >
                <ParentSelect kind={kind} placeholder={t('parentSearch')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="propertyNo" label={tw('propertyNo')} rules={required(tw('propertyNo'))}>
                <Input maxLength={40} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name="name" label={tw('name')} rules={required(tw('name'))}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item
                name="address"
                label={tw('address')}
                rules={kind === 'parcel' || kind === 'building' ? required(tw('address')) : []}
              >
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="system" label={tw('system')} extra={t('coordinatesHint')}>
                <Radio.Group
                  options={(['WGS84', 'GCJ02'] as const).map((s) => ({ value: s, label: tw(`system.${s}`) }))}
                  optionType="button"
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="lng" label={tw('lng')}>
                <InputNumber min={-180} max={180} precision={6} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="lat" label={tw('lat')}>
                <InputNumber min={-90} max={90} precision={6} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="grossAreaSqm" label={tw('grossArea')} rules={required(tw('grossArea'))}>
                <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="usableAreaSqm" label={tw('usableArea')} extra={t('usableHint')}>
                <InputNumber min={0} precision={2} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="use" label={tw('use')} rules={required(tw('use'))}>
                <Select options={PROPERTY_USES.map((u) => ({ value: u, label: tw(`use.${u}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="status" label={tw('status')} rules={required(tw('status'))}>
                <Select options={PROPERTY_STATUSES.map((s) => ({ value: s, label: tw(`status.${s}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="ownerUnitId"
                label={tw('ownerUnit')}
                extra={admin ? undefined : t('ownerHint')}
                rules={admin ? required(tw('ownerUnit')) : []}
              >
                <Select allowClear showSearch={{ optionFilterProp: 'label' }} disabled={!admin} options={unitOptions} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="occupantUnitId" label={tw('occupantUnit')}>
                <Select allowClear showSearch={{ optionFilterProp: 'label' }} loading={units.loading} options={unitOptions} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="occupiedSince" label={tw('occupiedSince')}>
                <Input type="date" disabled={!occupant} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="assetId" label={tw('asset')} extra={t('assetHint')}>
                {admin ? <Input placeholder="uuid" /> : <AssetCardSelect placeholder={t('assetSearch')} />}
              </Form.Item>
            </Col>
          </Row>
          <ApiErrorAlert error={error} extra={unplaced} />
          <Space style={{ marginTop: 16 }}>
            <Button type="primary" htmlType="submit" loading={busy} style={{ minHeight: 44 }}>
              {t('submit')}
            </Button>
            <Button
              style={{ minHeight: 44 }}
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
