import { useEffect, useState } from 'react';
import { Alert, Button } from 'antd';
import { SafetyOutlined } from '@ant-design/icons';
import type { Session } from '../../auth/session';
import { useT } from '../../i18n/I18nProvider';
import { messages } from './messages';

interface Handover {
  accessToken: string;
  refreshToken: string;
  actor: Session['actor'];
  mustChangePassword: boolean;
  returnTo: string;
}

/**
 * 统一身份认证登录: off to the identity platform; back here with the session (or an error code) in the
 * URL fragment, which is read once and cleared from the address bar.
 */
export function SsoSignIn({ from, onSignedIn }: { from?: string; onSignedIn: (session: Session, returnTo: string) => void }) {
  const t = useT(messages);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    const hash = new URLSearchParams(location.hash.slice(1));
    const sso = hash.get('sso');
    const error = hash.get('ssoError');
    if (!sso && !error) return;
    history.replaceState(null, '', location.pathname + location.search);
    if (error) return setFailed(error);
    try {
      const h = JSON.parse(atob((sso as string).replace(/-/g, '+').replace(/_/g, '/'))) as Handover;
      onSignedIn(
        { token: h.accessToken, refreshToken: h.refreshToken, actor: h.actor, mustChangePassword: h.mustChangePassword },
        h.returnTo,
      );
    } catch {
      setFailed('SSO_FAILED');
    }
  }, [onSignedIn]);
  const start = `/api/auth/oidc/start?returnTo=${encodeURIComponent(from ?? '/')}`;
  return (
    <>
      {failed && (
        <Alert
          role="alert"
          type="error"
          showIcon
          title={t(failed === 'INVALID_CREDENTIALS' ? 'ssoNoAccount' : 'ssoFailed')}
          style={{ marginBottom: 12 }}
        />
      )}
      <Button block size="large" icon={<SafetyOutlined />} href={start} style={{ marginBottom: 16 }}>
        {t('sso')}
      </Button>
    </>
  );
}
