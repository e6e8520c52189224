import { useNavigate } from 'react-router';
import { Alert, App, Button, Card, Checkbox, Col, Form, Input, Radio, Row, Select } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { useFormDraft } from '../../../lib/drafts';
import { useSubmit } from '../../../lib/use-submit';
import { sharingWords, SPACE_KINDS } from '../sharing-words';
import { ScheduleFields } from '../ScheduleFields';
import { messages } from './messages';
import { PropertyPicker } from './PropertyPicker';

type Values = Schemas['PublishSpaceRequestDto'];

const INITIAL: Partial<Values> = {
  kind: 'parking',
  audiences: ['residents'],
  approval: 'automatic',
  schedule: {
    windows: [
      { days: 'workdays', start: '18:30', end: '07:30' },
      { days: 'rest_days', start: '08:00', end: '21:30' },
    ],
    slotMinutes: 60,
    capacity: 20,
    horizonDays: 14,
    minNoticeMinutes: 30,
  },
};

/** 发布共享空间: what, where, for whom, and the weekly windows (workdays / rest days / every day, past midnight allowed). */
export default function PublishSpacePage() {
  const t = useT(messages);
  const w = useT(sharingWords);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const draft = useFormDraft<Values>('publish-space', form);
  const { busy, error, unplaced, submit: send } = useSubmit(form);

  const submit = async (values: Values) => {
    const result = await send((key) => unwrap(api.POST('/api/spaces', { body: values, headers: { 'Idempotency-Key': key } })));
    if (!result) return;
    draft.clear();
    void message.success(t('published'));
    void navigate(`/spaces/${result.id}`);
  };
  const required = (field: string) => [{ required: true, message: t('required', { field }) }];
  return (
    <>
      <PageHeader title={t('title')} />
      <Card>
        {draft.initial && <Alert type="info" showIcon title={t('draftKept')} style={{ marginBottom: 16 }} />}
        <Form<Values> form={form} layout="vertical" initialValues={INITIAL} onValuesChange={draft.save} onFinish={(v) => void submit(v)}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="name" label={t('name')} rules={required(t('name'))}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="kind" label={t('kind')} rules={required(t('kind'))}>
                <Select options={SPACE_KINDS.map((k) => ({ value: k, label: w(`kind.${k}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              {/* Not required yet: a unit whose rooms are not registered still publishes (shown as 未关联物业, tied later). */}
              <Form.Item name="propertyId" label={t('property')} extra={t('propertyHelp')}>
                <PropertyPicker />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="location" label={t('location')} rules={required(t('location'))}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              {/* A validator, not `required`: antd would put aria-required on the group's div, which ARIA does not allow there. */}
              <Form.Item
                name="audiences"
                label={t('audiences')}
                rules={[
                  {
                    validator: (_, v?: string[]) =>
                      v?.length ? Promise.resolve() : Promise.reject(new Error(t('required', { field: t('audiences') }))),
                  },
                ]}
              >
                <Checkbox.Group options={(['residents', 'departments'] as const).map((a) => ({ value: a, label: w(`audience.${a}`) }))} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="approval" label={t('approval')}>
                <Radio.Group options={(['automatic', 'manager'] as const).map((a) => ({ value: a, label: t(`approval.${a}`) }))} />
              </Form.Item>
            </Col>
          </Row>
          <ScheduleFields />
          <ApiErrorAlert error={error} extra={unplaced} />
          <Button type="primary" htmlType="submit" loading={busy} style={{ marginTop: 16, minHeight: 44 }}>
            {t('publish')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
