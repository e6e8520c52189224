import { useState } from 'react';
import { App, Button, Card, ConfigProvider, Form, Input, Popconfirm, Typography } from 'antd';
import { api } from '../../../api/client';
import { showFieldErrors, unwrap } from '../../../api/errors';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { messages } from './messages';

interface Values {
  residentId: string;
  reason: string;
}

/** 个人信息删除申请: an administrator erases a resident's personal information on their request. */
export default function ErasureRequestPage() {
  const t = useT(messages);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const erase = async () => {
    const v = await form.validateFields();
    setBusy(true);
    setError(undefined);
    try {
      await unwrap(
        api.POST('/api/residents/{residentId}/erasure', {
          params: { path: { residentId: v.residentId.trim() } },
          body: { reason: v.reason.trim() },
        }),
      );
      void message.success(t('done', { id: v.residentId.trim() }));
      form.resetFields();
    } catch (e: unknown) {
      setError(e);
      setUnplaced(showFieldErrors(form, e));
    } finally {
      setBusy(false);
    }
  };
  const required = (field: string) => ({ required: true, whitespace: true, message: t('required', { field }) });
  return (
    // A darker red than antd's: the danger button keeps a contrast of at least 4.5:1.
    <ConfigProvider theme={{ token: { colorError: '#cf1322' } }}>
      <Card style={{ maxWidth: 640 }}>
        <Typography.Paragraph>{t('intro')}</Typography.Paragraph>
        <Form<Values> form={form} layout="vertical">
          <Form.Item name="residentId" label={t('residentId')} extra={t('residentIdHint')} rules={[required(t('residentId')), { max: 64 }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="reason" label={t('reason')} extra={t('reasonHint')} rules={[required(t('reason')), { min: 2, max: 200 }]}>
            <Input.TextArea rows={3} maxLength={200} />
          </Form.Item>
          <ApiErrorAlert error={error} extra={unplaced} />
          <Popconfirm
            title={t('confirmTitle')}
            description={t('confirmText')}
            okText={t('confirm')}
            cancelText={t('keep')}
            onConfirm={() => void erase()}
          >
            <Button danger loading={busy} style={{ marginTop: 8 }}>
              {t('submit')}
            </Button>
          </Popconfirm>
        </Form>
      </Card>
    </ConfigProvider>
  );
}
