import { useEffect, useState } from 'react';
import { Alert, Button, Flex, Form, Input, Typography } from 'antd';
import { api } from '../../api/client';
import { ApiError, unwrap } from '../../api/errors';
import type { Session } from '../../auth/session';
import { useT } from '../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../layout/ApiErrorAlert';
import { phoneMessages } from './phone-messages';

interface Fields {
  phone: string;
  code: string;
}

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;
const WAIT_CODES = new Set(['SMS_RESEND_TOO_SOON', 'SMS_TOO_MANY_CODES', 'TOO_MANY_REQUESTS']);

/** Seconds the server asked to wait (cool-down, hourly limit or the sign-in rate limit), if it did. */
function retryAfter(error: unknown): number | null {
  if (!(error instanceof ApiError) || !WAIT_CODES.has(error.code)) return null;
  const seconds = error.body.details?.retryAfterSeconds;
  return typeof seconds === 'number' && seconds > 0 ? seconds : null;
}

/** A countdown to a moment, ticking once a second while it runs. */
function useSecondsUntil(until: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (until <= Date.now()) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  return Math.max(0, Math.ceil((until - now) / 1000));
}

/**
 * Residents: mobile number and a one-time code by SMS. The first sign-in creates the resident's
 * account; afterwards it signs in to the same one. Every refusal is told in words of its own.
 */
export function PhoneSignIn({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const t = useT(phoneMessages);
  const [form] = Form.useForm<Fields>();
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [sending, setSending] = useState(false);
  const [waitUntil, setWaitUntil] = useState(0);
  const left = useSecondsUntil(waitUntil);

  const sendCode = async () => {
    let phone: string;
    try {
      ({ phone } = await form.validateFields(['phone']));
    } catch {
      return;
    }
    setSending(true);
    setError(undefined);
    setNotice(undefined);
    try {
      const sent = await unwrap(api.POST('/api/auth/phone/code', { body: { phone } }));
      setWaitUntil(Date.now() + sent.resendAfterSeconds * 1000);
      setNotice(t('sent', { minutes: Math.round(sent.expiresInSeconds / 60) }));
      form.getFieldInstance('code')?.focus?.();
    } catch (e: unknown) {
      const seconds = retryAfter(e);
      if (seconds) setWaitUntil(Date.now() + seconds * 1000);
      setError(e);
    } finally {
      setSending(false);
    }
  };

  const submit = async ({ phone, code }: Fields) => {
    setBusy(true);
    setError(undefined);
    try {
      const result = await unwrap(api.POST('/api/auth/phone/sign-in', { body: { phone, code } }));
      onSignedIn({ token: result.accessToken, refreshToken: result.refreshToken, actor: result.actor, mustChangePassword: false });
    } catch (e: unknown) {
      setNotice(undefined);
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const refusal = (): string | null => {
    if (!(error instanceof ApiError)) return null;
    switch (error.code) {
      case 'SMS_CODE_WRONG':
        return t('codeWrong', { left: Number(error.body.details?.attemptsLeft ?? 0) });
      case 'SMS_CODE_EXPIRED':
        return t('codeExpired');
      case 'SMS_CODE_ATTEMPTS_EXHAUSTED':
        return t('codeExhausted');
      case 'SMS_CODE_NOT_REQUESTED':
        return t('codeNotRequested');
      case 'PHONE_NUMBER_INVALID':
        return t('phoneInvalid');
      default:
        return retryAfter(error) ? t('waitSeconds', { seconds: left }) : null;
    }
  };
  // A "wait N seconds" refusal goes away when the wait is over: 获取验证码 works again.
  const waitOver = retryAfter(error) !== null && left === 0;
  const refused = waitOver ? null : refusal();

  return (
    <Form<Fields> form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false} aria-label={t('heading')}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('heading')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('hint')}</Typography.Paragraph>
      <Form.Item
        label={t('phone')}
        name="phone"
        normalize={(v: string) => v.replace(/[\s-]/g, '')}
        rules={[
          { required: true, message: t('phoneRequired') },
          { pattern: MAINLAND_MOBILE, message: t('phoneInvalid') },
        ]}
      >
        <Input inputMode="numeric" autoComplete="tel-national" maxLength={13} size="large" />
      </Form.Item>
      <Form.Item label={t('code')} required>
        <Flex gap={8}>
          <Form.Item name="code" noStyle rules={[{ required: true, pattern: /^\d{6}$/, message: t('codeRequired') }]}>
            <Input
              aria-label={t('code')}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              size="large"
              style={{ flex: 1, minWidth: 0 }}
            />
          </Form.Item>
          <Button size="large" onClick={() => void sendCode()} loading={sending} disabled={left > 0} style={{ minWidth: 128 }}>
            {left > 0 ? t('resendIn', { seconds: left }) : t('getCode')}
          </Button>
        </Flex>
      </Form.Item>
      {notice && <Alert role="status" type="success" showIcon title={notice} style={{ marginBottom: 12 }} />}
      {refused ? <Alert role="alert" type="error" showIcon title={refused} /> : !waitOver && <ApiErrorAlert error={error} />}
      <Button type="primary" htmlType="submit" block size="large" loading={busy} style={{ marginTop: 12 }}>
        {t('signIn')}
      </Button>
    </Form>
  );
}
