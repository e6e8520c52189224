import { Button, Segmented, Space, Tag, Typography } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import { useSession } from '../auth/AuthProvider';
import { session } from '../auth/session';
import { useLanguage, useT } from '../i18n/I18nProvider';
import { common } from '../i18n/common';
import type { Language } from '../i18n/messages';
import { useDepartmentName } from '../app/departments';
import { InboxBadge } from './InboxBadge';

/** Unit, role, language and sign-out: the same on desktop and phone (compact there). */
export function HeaderBar({ compact = false }: { compact?: boolean }) {
  const current = useSession();
  const t = useT(common);
  const { language, setLanguage } = useLanguage();
  const departmentName = useDepartmentName();
  if (!current) return null;
  const { actor } = current;
  return (
    <Space size={compact ? 'small' : 'middle'} wrap={false}>
      {!compact && (
        <span data-testid="header-unit">
          <Typography.Text type="secondary">{t('unit')}：</Typography.Text>
          {departmentName(actor.departmentId)}
        </span>
      )}
      <InboxBadge />
      <Tag color="blue" data-testid="header-role">
        {t(`role.${actor.role}`)}
      </Tag>
      <Segmented<Language>
        aria-label={t('language')}
        size={compact ? 'small' : 'middle'}
        value={language}
        onChange={setLanguage}
        options={[
          { label: '中文', value: 'zh-CN' },
          { label: 'EN', value: 'en-US' },
        ]}
      />
      <Button icon={<LogoutOutlined />} onClick={() => void session.signOut()} aria-label={t('signOut')} type="text">
        {compact ? null : t('signOut')}
      </Button>
    </Space>
  );
}
