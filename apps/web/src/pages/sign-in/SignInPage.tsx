import { useCallback, useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { Alert, Card, Flex, Segmented, Tabs, Typography } from 'antd';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { useApi } from '../../api/useApi';
import { ReturnState, useSession } from '../../auth/AuthProvider';
import { Session, session } from '../../auth/session';
import { homePathFor } from '../../app/pages';
import { useLanguage, useT } from '../../i18n/I18nProvider';
import type { Language } from '../../i18n/messages';
import { DemoSignIn } from './DemoSignIn';
import { PasswordSignIn } from './PasswordSignIn';
import { PhoneSignIn } from './PhoneSignIn';
import { SsoSignIn } from './SsoSignIn';
import { messages } from './messages';

/** Sign-in; afterwards back to the page the person was on (after an expired token) or their home page. */
export default function SignInPage() {
  const t = useT(messages);
  const { language, setLanguage } = useLanguage();
  const current = useSession();
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as ReturnState;
  const [who, setWho] = useState<'staff' | 'resident'>('staff');
  const options = useApi(() => unwrap(api.GET('/api/auth/options')), []);
  useEffect(() => {
    document.title = t('title');
  }, [t]);
  const signedIn = useCallback(
    (next: Session, returnTo = state.from) => {
      session.signIn(next);
      if (next.mustChangePassword) void navigate('/change-password', { replace: true, state: { from: returnTo } });
      else void navigate(returnTo && returnTo !== '/' ? returnTo : homePathFor(next.actor.role), { replace: true });
    },
    [navigate, state.from],
  );
  if (current && !current.mustChangePassword) return <Navigate to={state.from ?? homePathFor(current.actor.role)} replace />;
  if (current?.mustChangePassword) return <Navigate to="/change-password" replace state={state} />;
  const password = { key: 'password', label: t('tabPassword'), children: <PasswordSignIn onSignedIn={signedIn} /> };
  const demo = { key: 'demo', label: t('tabDemo'), children: <DemoSignIn onSignedIn={signedIn} /> };
  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', background: '#f0f2f5', padding: 16 }}>
      <main style={{ width: '100%', maxWidth: 480 }}>
        <Card>
          <Flex justify="space-between" align="start" gap={8}>
            <Typography.Title level={2} style={{ marginTop: 0 }}>
              {t('title')}
            </Typography.Title>
            <Segmented<Language>
              aria-label="Language / 语言"
              value={language}
              onChange={setLanguage}
              options={[
                { label: '中文', value: 'zh-CN' },
                { label: 'EN', value: 'en-US' },
              ]}
            />
          </Flex>
          <Typography.Paragraph>{t('subtitle')}</Typography.Paragraph>
          {state.expired && <Alert type="warning" showIcon title={t('expired')} style={{ marginBottom: 16 }} />}
          {options.data?.phone && (
            // Residents have an entry of their own (phone and SMS code); staff keep theirs. Two short labels fit a 375 px screen.
            <Segmented<'staff' | 'resident'>
              block
              aria-label={t('who')}
              value={who}
              onChange={setWho}
              options={[
                { label: t('staff'), value: 'staff' },
                { label: t('resident'), value: 'resident' },
              ]}
              style={{ marginBottom: 16 }}
            />
          )}
          {who === 'resident' && options.data?.phone ? (
            <PhoneSignIn onSignedIn={signedIn} />
          ) : (
            <>
              {options.data?.oidc && <SsoSignIn from={state.from} onSignedIn={signedIn} />}
              {options.data?.demoLogin ? (
                // The embedded demo: the demo users first, password sign-in beside them. Only the open tab is rendered.
                <Tabs items={[demo, password]} destroyOnHidden />
              ) : (
                options.data && password.children
              )}
            </>
          )}
        </Card>
      </main>
    </Flex>
  );
}
