import { useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { api } from '../../api/client';
import { ApiError, unwrap } from '../../api/errors';
import type { Session } from '../../auth/session';
import { useT } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/dates';
import { ApiErrorAlert } from '../../layout/ApiErrorAlert';
import { messages } from './messages';

interface Fields {
  username: string;
  password: string;
}

/** Username and password. A locked account is told until when; a first sign-in goes on to change the password. */
export function PasswordSignIn({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const t = useT(messages);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const submit = async ({ username, password }: Fields) => {
    setBusy(true);
    setError(undefined);
    try {
      const result = await unwrap(api.POST('/api/auth/sign-in', { body: { username, password } }));
      onSignedIn({
        token: result.accessToken,
        refreshToken: result.refreshToken,
        actor: result.actor,
        mustChangePassword: result.mustChangePassword,
      });
    } catch (e: unknown) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const lockedUntil =
    error instanceof ApiError && error.code === 'ACCOUNT_LOCKED' ? (error.body.details?.lockedUntil as string | undefined) : undefined;
  return (
    <Form<Fields> layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
      <Form.Item label={t('username')} name="username" rules={[{ required: true, message: t('usernameRequired') }]}>
        <Input autoComplete="username" size="large" autoCapitalize="none" />
      </Form.Item>
      <Form.Item label={t('password')} name="password" rules={[{ required: true, message: t('passwordRequired') }]}>
        <Input.Password autoComplete="current-password" size="large" />
      </Form.Item>
      {lockedUntil ? (
        <Alert role="alert" type="error" showIcon title={t('lockedUntil', { time: formatDateTime(lockedUntil) })} />
      ) : (
        <ApiErrorAlert error={error} />
      )}
      <Button type="primary" htmlType="submit" block size="large" loading={busy} style={{ marginTop: 12 }}>
        {t('signIn')}
      </Button>
    </Form>
  );
}
