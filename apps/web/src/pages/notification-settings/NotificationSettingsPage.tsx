import { useEffect } from 'react';
import { App, Button, Card, Checkbox, Form, Input, Typography } from 'antd';
import { api, Schemas } from '../../api/client';
import { ApiError, unwrap } from '../../api/errors';
import { useApi } from '../../api/useApi';
import { useSession } from '../../auth/AuthProvider';
import { useT } from '../../i18n/I18nProvider';
import { common } from '../../i18n/common';
import { ApiErrorAlert } from '../../layout/ApiErrorAlert';
import { PageHeader } from '../../layout/PageHeader';
import { useSubmit } from '../../lib/use-submit';
import { UnitWebhookCard } from './UnitWebhookCard';
import { messages } from './messages';

type Channel = Schemas['NotificationPreferencesView']['channels'][number];
interface Fields {
  channels: Channel[];
  email: string;
  phone: string;
}

/** 通知设置, for every role: which channels notify me and where; the unit's asset manager also sets the unit's webhook. */
export default function NotificationSettingsPage() {
  const t = useT(messages);
  const tc = useT(common);
  const { message } = App.useApp();
  const role = useSession()?.actor.role;
  const [form] = Form.useForm<Fields>();
  const prefs = useApi(() => unwrap(api.GET('/api/notification-preferences')), []);
  const { busy, error, submit } = useSubmit(form);
  // A resident who has not chosen yet: the number from their profile, if they gave one, is offered for the SMS default.
  const profile = useApi(
    () =>
      role === 'resident'
        ? unwrap(api.GET('/api/residents/me')).catch((e: unknown) => (e instanceof ApiError && e.status === 404 ? null : Promise.reject(e)))
        : Promise.resolve(null),
    [role],
  );
  useEffect(() => {
    if (!prefs.data) return;
    const offered = prefs.data.saved ? null : (profile.data?.phone ?? null);
    form.setFieldsValue({ channels: prefs.data.channels, email: prefs.data.email ?? '', phone: prefs.data.phone ?? offered ?? '' });
  }, [prefs.data, profile.data, form]);
  const chosen = Form.useWatch('channels', form) ?? [];
  const save = async (v: Fields) => {
    const body = { channels: v.channels ?? [], email: v.email?.trim() || undefined, phone: v.phone?.trim() || undefined };
    if (await submit(() => unwrap(api.POST('/api/notification-preferences', { body })))) {
      void message.success(t('saved'));
      prefs.reload();
    }
  };
  const options = [
    { value: 'email', label: t('email') },
    { value: 'sms', label: t('sms') },
    ...(role === 'resident' ? [] : [{ value: 'webhook', label: t('webhook') }]),
  ];
  return (
    <>
      <PageHeader title={t('title')} sub={t('sub')} />
      <ApiErrorAlert error={prefs.error} />
      <Card style={{ maxWidth: 560, marginBottom: 16 }}>
        {role === 'resident' && prefs.data && !prefs.data.saved && <Typography.Paragraph>{t('residentDefault')}</Typography.Paragraph>}
        <Form<Fields> form={form} layout="vertical" onFinish={(v) => void save(v)} disabled={prefs.loading}>
          <Form.Item label={t('channels')} name="channels">
            <Checkbox.Group options={options} />
          </Form.Item>
          {chosen.includes('webhook') && prefs.data && !prefs.data.unitWebhook && (
            <Typography.Paragraph type="secondary">{t('noUnitWebhook')}</Typography.Paragraph>
          )}
          <Form.Item label={t('emailAddress')} name="email">
            <Input type="email" autoComplete="email" inputMode="email" />
          </Form.Item>
          <Form.Item label={t('phone')} name="phone" extra={t('phoneHelp')}>
            <Input autoComplete="tel" inputMode="numeric" maxLength={11} />
          </Form.Item>
          <ApiErrorAlert error={error} />
          <Button type="primary" htmlType="submit" loading={busy} style={{ minHeight: 44 }}>
            {tc('save')}
          </Button>
        </Form>
      </Card>
      {role === 'asset_manager' && <UnitWebhookCard />}
    </>
  );
}
