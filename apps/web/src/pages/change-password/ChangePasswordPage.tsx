import { useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { Button, Card, Flex, Form, Input, Typography } from 'antd';
import { api } from '../../api/client';
import { showFieldErrors, unwrap } from '../../api/errors';
import { ReturnState, useSession } from '../../auth/AuthProvider';
import { session } from '../../auth/session';
import { homePathFor } from '../../app/pages';
import { useT } from '../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../layout/ApiErrorAlert';
import { messages } from './messages';

interface Fields {
  currentPassword: string;
  newPassword: string;
  again: string;
}

/** First sign-in with an initial password: the person sets their own before reaching any other page. */
export default function ChangePasswordPage() {
  const t = useT(messages);
  const current = useSession();
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as ReturnState;
  const [form] = Form.useForm<Fields>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    document.title = t('title');
  }, [t]);
  if (!current) return <Navigate to="/sign-in" replace />;
  const submit = async ({ currentPassword, newPassword }: Fields) => {
    setBusy(true);
    setError(undefined);
    try {
      await unwrap(api.POST('/api/auth/password', { body: { currentPassword, newPassword } }));
      session.passwordChanged();
      void navigate(state.from ?? homePathFor(current.actor.role), { replace: true });
    } catch (e: unknown) {
      showFieldErrors(form, e);
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const required = [{ required: true, message: t('required') }];
  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', background: '#f0f2f5', padding: 16 }}>
      <main style={{ width: '100%', maxWidth: 480 }}>
        <Card>
          <Typography.Title level={2} style={{ marginTop: 0 }}>
            {t('title')}
          </Typography.Title>
          <Typography.Paragraph>
            {t('intro')} {t('rules')}
          </Typography.Paragraph>
          <Form<Fields> form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
            <Form.Item label={t('current')} name="currentPassword" rules={required}>
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Form.Item label={t('next')} name="newPassword" rules={required}>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item
              label={t('again')}
              name="again"
              dependencies={['newPassword']}
              rules={[
                ...required,
                ({ getFieldValue }) => ({
                  validator: (_, value) =>
                    !value || getFieldValue('newPassword') === value ? Promise.resolve() : Promise.reject(new Error(t('mismatch'))),
                }),
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <ApiErrorAlert error={error} />
            <Button type="primary" htmlType="submit" block size="large" loading={busy} style={{ marginTop: 12 }}>
              {t('submit')}
            </Button>
          </Form>
        </Card>
      </main>
    </Flex>
  );
}
