import { Result } from 'antd';
import { useSession } from '../../auth/AuthProvider';
import { useT } from '../../i18n/I18nProvider';
import { common } from '../../i18n/common';
import { defineMessages } from '../../i18n/messages';

const messages = defineMessages({
  'zh-CN': { soon: '此角色的页面正在建设中' },
  'en-US': { soon: 'Pages for this role are on their way' },
});

/** Where a role without pages yet lands after sign-in. */
export default function WelcomePage() {
  const current = useSession();
  const t = useT(messages);
  const tc = useT(common);
  return <Result status="info" title={current ? tc(`role.${current.actor.role}`) : tc('appName')} subTitle={t('soon')} />;
}
