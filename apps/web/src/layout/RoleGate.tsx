import { ReactNode } from 'react';
import { Result } from 'antd';
import type { Role } from '../auth/session';
import { useSession } from '../auth/AuthProvider';
import { useT } from '../i18n/I18nProvider';
import { common } from '../i18n/common';

/** A page opened by a role it is not for says so instead of failing on 403s. */
export function RoleGate({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const current = useSession();
  const t = useT(common);
  if (!current || !roles.includes(current.actor.role)) return <Result status="403" title={t('forbidden')} />;
  return <>{children}</>;
}
