import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { App, Button, Card, Descriptions, Form, Input, Spin, Switch, Typography } from 'antd';
import { api, Schemas } from '../../../api/client';
import { ApiError, showFieldErrors, unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { maskPhone } from '../../spaces/windows';
import { ResidentFrame, useLargeText } from '../large-text';
import { messages } from '../messages';
import { PrivacyCard } from '../privacy/PrivacyCard';

type Values = Schemas['RecordResidentProfileRequestDto'];

/** 我的: name, phone (shown masked unless asked), plate; and 大字模式. Saving can send the person back to the booking they were on. */
export default function ProfilePage() {
  const t = useT(messages);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { message } = App.useApp();
  const [largeText, setLargeText] = useLargeText();
  const profile = useApi(
    () =>
      unwrap(api.GET('/api/residents/me')).catch((e: unknown) => (e instanceof ApiError && e.status === 404 ? null : Promise.reject(e))),
    [],
  );
  const [editing, setEditing] = useState(false);
  const [showPhone, setShowPhone] = useState(false);
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const back = params.get('back');
  const save = async (v: Values) => {
    setBusy(true);
    setError(undefined);
    try {
      await unwrap(api.POST('/api/residents/me', { body: { ...v, plateNumber: v.plateNumber?.trim().toUpperCase() || undefined } }));
      void message.success(t('saved'));
      setEditing(false);
      if (back?.startsWith('/resident/')) void navigate(back);
      else profile.reload();
    } catch (e: unknown) {
      setError(e);
      setUnplaced(showFieldErrors(form, e));
    } finally {
      setBusy(false);
    }
  };
  const p = profile.data;
  const required = (field: string) => ({ required: true, message: t('required', { field }) });
  return (
    <ResidentFrame>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Form.Item label={t('largeText')} htmlFor="large-text" extra={t('largeTextHint')} style={{ margin: 0 }}>
          <Switch id="large-text" checked={largeText} onChange={setLargeText} checkedChildren={t('on')} unCheckedChildren={t('off')} />
        </Form.Item>
      </Card>
      <ApiErrorAlert error={profile.error} />
      {profile.loading && p === undefined ? (
        <Spin />
      ) : p && !editing ? (
        <Card size="small">
          <Descriptions column={1}>
            <Descriptions.Item label={t('name')}>{p.name}</Descriptions.Item>
            <Descriptions.Item label={t('phone')}>
              <span data-testid="phone">{showPhone ? p.phone : maskPhone(p.phone)}</span>
              <Button type="link" onClick={() => setShowPhone((s) => !s)} style={{ paddingInline: 8 }}>
                {showPhone ? t('hidePhone') : t('showPhone')}
              </Button>
            </Descriptions.Item>
            <Descriptions.Item label={t('plate')}>{p.plateNumber ?? '—'}</Descriptions.Item>
          </Descriptions>
          <Button
            block
            onClick={() => {
              form.setFieldsValue({ name: p.name, phone: p.phone, plateNumber: p.plateNumber ?? undefined });
              setEditing(true);
            }}
          >
            {t('edit')}
          </Button>
        </Card>
      ) : (
        <Card size="small">
          {!p && <Typography.Paragraph>{t('noProfile')}</Typography.Paragraph>}
          <Typography.Paragraph type="secondary">{t('onlyNeeded')}</Typography.Paragraph>
          <Form<Values> form={form} layout="vertical" onFinish={(v) => void save(v)}>
            <Form.Item name="name" label={t('name')} rules={[required(t('name')), { max: 50 }]}>
              <Input autoComplete="name" />
            </Form.Item>
            <Form.Item
              name="phone"
              label={t('phone')}
              rules={[required(t('phone')), { pattern: /^1[3-9]\d{9}$/, message: t('phoneRule') }]}
            >
              <Input inputMode="tel" autoComplete="tel" maxLength={11} />
            </Form.Item>
            <Form.Item
              name="plateNumber"
              label={t('plate')}
              rules={[{ pattern: /^[\u4e00-\u9fa5][A-Za-z][A-Za-z0-9]{5,6}$/, message: t('plateRule') }]}
            >
              <Input placeholder="沪A12345" />
            </Form.Item>
            <ApiErrorAlert error={error} extra={unplaced} />
            <Button type="primary" htmlType="submit" block loading={busy} style={{ marginTop: 8 }}>
              {t('save')}
            </Button>
          </Form>
        </Card>
      )}
      <PrivacyCard onErased={() => profile.reload()} />
    </ResidentFrame>
  );
}
