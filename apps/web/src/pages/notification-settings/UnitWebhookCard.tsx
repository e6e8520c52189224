import { useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { useApi } from '../../api/useApi';
import { useT } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/dates';
import { ApiErrorAlert } from '../../layout/ApiErrorAlert';
import { useSubmit } from '../../lib/use-submit';
import { messages } from './messages';

/** The unit's webhook, set by its asset manager; a new secret with every save, shown once. */
export function UnitWebhookCard() {
  const t = useT(messages);
  const [form] = Form.useForm<{ url: string }>();
  const hook = useApi(() => unwrap(api.GET('/api/my-unit/webhook')), []);
  const { busy, error, submit } = useSubmit(form);
  const [secret, setSecret] = useState<string | null>(null);
  const save = async ({ url }: { url: string }) => {
    const saved = await submit(() => unwrap(api.POST('/api/my-unit/webhook', { body: { url } })));
    if (saved) {
      setSecret(saved.secret);
      hook.reload();
    }
  };
  const remove = async () => {
    if (await submit(() => unwrap(api.POST('/api/my-unit/webhook/removal')))) {
      setSecret(null);
      hook.reload();
    }
  };
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('unitTitle')}</h2>} style={{ maxWidth: 560 }}>
      <Typography.Paragraph type="secondary">{t('unitSub')}</Typography.Paragraph>
      <ApiErrorAlert error={hook.error} />
      {hook.data && (
        <Typography.Paragraph>
          {hook.data.url ?? t('notSet')}
          {hook.data.url && hook.data.updatedAt && (
            <Typography.Text type="secondary">
              {' '}
              （{t('lastSet', { who: hook.data.updatedBy ?? '', time: formatDateTime(hook.data.updatedAt) })}）
            </Typography.Text>
          )}
        </Typography.Paragraph>
      )}
      {secret && (
        <Alert
          type="success"
          style={{ marginBottom: 12 }}
          message={
            <>
              {t('secretOnce')}{' '}
              <Typography.Text copyable code>
                {secret}
              </Typography.Text>
            </>
          }
        />
      )}
      <Form form={form} layout="vertical" onFinish={(v) => void save(v)}>
        <Form.Item label={t('url')} name="url" rules={[{ required: true, message: t('url') }]}>
          <Input inputMode="url" placeholder="https://" />
        </Form.Item>
        <ApiErrorAlert error={error} />
        <Flex gap={8} wrap>
          <Button type="primary" htmlType="submit" loading={busy} style={{ minHeight: 44 }}>
            {t('setUrl')}
          </Button>
          {hook.data?.url && (
            <Button danger onClick={() => void remove()} disabled={busy} style={{ minHeight: 44 }}>
              {t('remove')}
            </Button>
          )}
        </Flex>
      </Form>
    </Card>
  );
}
