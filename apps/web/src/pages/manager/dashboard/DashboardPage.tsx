import { PageHeader } from '../../../layout/PageHeader';
import { useT } from '../../../i18n/I18nProvider';
import { messages } from './messages';

export default function DashboardPage() {
  const t = useT(messages);
  return <PageHeader title={t('title')} />;
}
