import { useState } from 'react';
import { Button, Form, Radio, Space, Typography } from 'antd';
import { api } from '../../api/client';
import { ApiError, unwrap } from '../../api/errors';
import { useApi } from '../../api/useApi';
import type { Session } from '../../auth/session';
import { useT } from '../../i18n/I18nProvider';
import { common } from '../../i18n/common';
import { ApiErrorAlert } from '../../layout/ApiErrorAlert';
import { messages } from './messages';

/**
 * Demo sign-in: pick one of the seeded users. A real identity provider adds its own component next to
 * this one that ends the same way, with `onSignedIn(session)`.
 */
export function DemoSignIn({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const t = useT(messages);
  const tc = useT(common);
  const users = useApi(() => unwrap(api.GET('/api/auth/demo-users')), []);
  const [userId, setUserId] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  if (users.error instanceof ApiError && users.error.code === 'DEMO_LOGIN_DISABLED')
    return <Typography.Text>{t('noDemo')}</Typography.Text>;
  const submit = async () => {
    if (!userId) return;
    setBusy(true);
    setError(undefined);
    try {
      const result = await unwrap(api.POST('/api/auth/demo-login', { body: { userId } }));
      onSignedIn({ token: result.accessToken, refreshToken: result.refreshToken, actor: result.actor });
    } catch (e: unknown) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form layout="vertical" onFinish={() => void submit()}>
      <Typography.Paragraph type="secondary">{t('demoHint')}</Typography.Paragraph>
      <Form.Item label={t('user')} required>
        <Radio.Group value={userId} onChange={(e) => setUserId(e.target.value as string)} style={{ width: '100%' }}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            {(users.data ?? []).map((u) => (
              <Radio key={u.userId} value={u.userId} style={{ minHeight: 32 }}>
                {u.displayName}{' '}
                <Typography.Text type="secondary">
                  （{tc(`role.${u.role}`)} · {u.userId}）
                </Typography.Text>
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      <ApiErrorAlert error={error ?? users.error} />
      <Button type="primary" htmlType="submit" block size="large" loading={busy} disabled={!userId} style={{ marginTop: 12 }}>
        {t('signIn')}
      </Button>
    </Form>
  );
}
