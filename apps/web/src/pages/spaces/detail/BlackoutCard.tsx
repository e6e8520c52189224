import { App, Button, Card, Col, ConfigProvider, Form, Input, List, Row, Typography } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { chinaInstant, formatDateTime, todayInChina } from '../../../lib/dates';
import { useSubmit } from '../../../lib/use-submit';
import { messages } from './messages';

interface Values {
  fromDate: string;
  fromTime: string;
  toDate: string;
  toTime: string;
  reason: string;
}

/** Blackouts of a space (exams, events) and the form that declares one: bookings in it are cancelled with the reason as notice. */
export function BlackoutCard({ space, onDeclared }: { space: Schemas['SpaceView']; onDeclared(): void }) {
  const t = useT(messages);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, error, unplaced, submit: send } = useSubmit(form);
  const submit = async (v: Values) => {
    const body = { from: chinaInstant(v.fromDate, v.fromTime), to: chinaInstant(v.toDate, v.toTime), reason: v.reason };
    const result = await send((key) =>
      unwrap(
        api.POST('/api/spaces/{spaceId}/blackouts', {
          params: { path: { spaceId: space.spaceId } },
          body,
          headers: { 'Idempotency-Key': key },
        }),
      ),
    );
    if (!result) return;
    form.resetFields();
    void message.success(t('declared', { n: result.cancelledBookings ?? 0 }));
    onDeclared();
  };
  const required = (field: string) => [{ required: true, message: t('required', { field }) }];
  const today = todayInChina();
  return (
    // A darker red than antd's default so the destructive button's text keeps 4.5:1 contrast.
    <ConfigProvider theme={{ token: { colorError: '#cf1322' } }}>
      <Card title={t('blackouts')} style={{ marginTop: 16 }}>
        <List
          size="small"
          dataSource={space.blackouts}
          locale={{ emptyText: <Typography.Text>{t('noBlackouts')}</Typography.Text> }}
          renderItem={(b) => (
            <List.Item>
              {formatDateTime(b.from)} – {formatDateTime(b.to)}：{b.reason}
            </List.Item>
          )}
        />
        <Form<Values>
          form={form}
          layout="vertical"
          style={{ marginTop: 16 }}
          initialValues={{ fromDate: today, fromTime: '00:00', toDate: today, toTime: '23:59' }}
          onFinish={(v) => void submit(v)}
        >
          <Row gutter={16}>
            <Col xs={12} md={6}>
              <Form.Item name="fromDate" label={t('fromDate')} rules={required(t('fromDate'))}>
                <Input type="date" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="fromTime" label={t('fromTime')} rules={required(t('fromTime'))}>
                <Input type="time" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="toDate" label={t('toDate')} rules={required(t('toDate'))}>
                <Input type="date" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="toTime" label={t('toTime')} rules={required(t('toTime'))}>
                <Input type="time" />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="reason" label={t('reason')} rules={[...required(t('reason')), { min: 2, max: 200 }]}>
                <Input maxLength={200} placeholder="期末考试" />
              </Form.Item>
            </Col>
          </Row>
          <ApiErrorAlert error={error} extra={unplaced} />
          <Button danger htmlType="submit" loading={busy} style={{ marginTop: 8, minHeight: 44 }}>
            {t('declare')}
          </Button>
        </Form>
      </Card>
    </ConfigProvider>
  );
}
