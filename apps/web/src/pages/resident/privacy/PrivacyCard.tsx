import { useState } from 'react';
import { Alert, App, Button, Card, Input, Modal, Space, Typography } from 'antd';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { formatDateTime } from '../../../lib/dates';
import { messages } from '../messages';
import { PrivacyNoticeText } from './PrivacyNotice';

/** 我的 → 个人信息: consent to the notice (read, withdraw) and erasing one's own personal information. */
export function PrivacyCard({ onErased }: { onErased(): void }) {
  const t = useT(messages);
  const { message } = App.useApp();
  const privacy = useApi(() => unwrap(api.GET('/api/residents/me/privacy')), []);
  const [reading, setReading] = useState(false);
  const [erasing, setErasing] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const p = privacy.data;
  const act = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
      void message.success(done);
      setErasing(false);
      privacy.reload();
      return true;
    } catch (e: unknown) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const erase = async () => {
    const ok = await act(
      () => unwrap(api.POST('/api/residents/me/erasure', { body: reason.trim() ? { reason: reason.trim() } : {} })),
      t('erased'),
    );
    if (ok) onErased();
  };
  const withdraw = () => void act(() => unwrap(api.POST('/api/residents/me/consent/withdrawal')), t('withdrawn'));
  const consent = p?.consent;
  return (
    <Card size="small" title={t('privacyTitle')} style={{ marginTop: 12 }}>
      <ApiErrorAlert error={privacy.error ?? (erasing ? undefined : error)} />
      {p?.erasedAt && !p.profileRecorded && (
        <Alert
          type="info"
          showIcon
          title={t('erasedOn', { at: formatDateTime(p.erasedAt) })}
          style={{ marginBottom: 12 }}
          data-testid="erased-notice"
        />
      )}
      <Typography.Paragraph data-testid="consent-status">
        {consent
          ? consent.current
            ? t('consentGiven', { v: consent.noticeVersion, at: formatDateTime(consent.givenAt) })
            : t('consentOld', { v: consent.noticeVersion })
          : t('consentNone')}
      </Typography.Paragraph>
      <Space wrap>
        <Button onClick={() => setReading(true)} style={{ minHeight: 44 }} disabled={!p}>
          {t('readNotice')}
        </Button>
        {consent && (
          <Button onClick={withdraw} loading={busy} style={{ minHeight: 44 }}>
            {t('withdraw')}
          </Button>
        )}
        {p?.profileRecorded && (
          <Button danger onClick={() => setErasing(true)} style={{ minHeight: 44 }}>
            {t('erase')}
          </Button>
        )}
      </Space>
      {reading && p && (
        <Modal
          open
          title={t('noticeHeading')}
          footer={<Button onClick={() => setReading(false)}>{t('close')}</Button>}
          onCancel={() => setReading(false)}
        >
          <PrivacyNoticeText notice={p.notice} />
        </Modal>
      )}
      {erasing && (
        <Modal
          open
          title={t('eraseTitle')}
          okText={t('confirmErase')}
          okButtonProps={{ danger: true, loading: busy, style: { minHeight: 44 } }}
          cancelText={t('keepData')}
          cancelButtonProps={{ style: { minHeight: 44 } }}
          onOk={() => void erase()}
          onCancel={() => setErasing(false)}
        >
          <Typography.Paragraph>{t('eraseWarning')}</Typography.Paragraph>
          <label htmlFor="erase-reason">{t('eraseReason')}</label>
          <Input.TextArea id="erase-reason" value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} rows={2} />
          <ApiErrorAlert error={error} />
        </Modal>
      )}
    </Card>
  );
}
