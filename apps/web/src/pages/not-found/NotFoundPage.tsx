import { Link } from 'react-router';
import { Button, Result } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { common } from '../../i18n/common';

export default function NotFoundPage() {
  const t = useT(common);
  return (
    <Result
      status="404"
      title={t('notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('backHome')}</Button>
        </Link>
      }
    />
  );
}
