import { Checkbox, Typography } from 'antd';
import { Schemas } from '../../../api/client';
import { useLanguage, useT } from '../../../i18n/I18nProvider';
import { messages } from '../messages';

/** The notice text in the chosen language, paragraph by paragraph, with its version. */
export function PrivacyNoticeText({ notice }: { notice: Schemas['PrivacyNoticeView'] }) {
  const t = useT(messages);
  const { language } = useLanguage();
  const text = language === 'en-US' ? notice.text.en : notice.text.zh;
  return (
    <section aria-labelledby="privacy-notice-heading" data-testid="privacy-notice">
      <Typography.Title level={4} id="privacy-notice-heading" style={{ fontSize: '1.05em' }}>
        {t('noticeHeading')} <Typography.Text type="secondary">{t('noticeVersion', { v: notice.version })}</Typography.Text>
      </Typography.Title>
      {text.split('\n').map((line) => (
        <Typography.Paragraph key={line} style={{ marginBottom: 8 }}>
          {line}
        </Typography.Paragraph>
      ))}
    </section>
  );
}

/** The consent step: the notice, then a box to tick (no time limit, nothing ticked for the person). */
export function ConsentStep(props: {
  notice: Schemas['PrivacyNoticeView'];
  changed: boolean;
  agreed: boolean;
  onAgree(agreed: boolean): void;
}) {
  const t = useT(messages);
  return (
    <div>
      <Typography.Paragraph strong>{props.changed ? t('noticeChanged') : t('noticeFirst')}</Typography.Paragraph>
      <div
        style={{ maxHeight: 260, overflowY: 'auto', border: '1px solid #d9d9d9', borderRadius: 6, padding: 12, marginBottom: 12 }}
        tabIndex={0}
      >
        <PrivacyNoticeText notice={props.notice} />
      </div>
      <Checkbox id="consent-agree" checked={props.agreed} onChange={(e) => props.onAgree(e.target.checked)} style={{ minHeight: 44 }}>
        {t('agree')}
      </Checkbox>
    </div>
  );
}
