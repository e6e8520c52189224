import type { Role } from '../auth/session';
import type { PageDef } from './page-registry';
import { managerPages } from '../pages/manager/routes';
import { staffPages } from '../pages/staff/routes';
import { approvalPages } from '../pages/approvals/routes';
import { auditorPages } from '../pages/auditor/routes';
import { reportPages } from '../pages/reports/routes';
import { residentPages } from '../pages/resident/routes';
import { spacePages } from '../pages/spaces/routes';
import { financePages } from '../pages/finance/routes';
import { adminPages } from '../pages/admin/routes';
import { accountPages } from '../pages/accounts/routes';
import { inboxPages } from '../pages/inbox/routes';
import { notificationSettingsPages } from '../pages/notification-settings/routes';
import { propertySurveyPages } from '../pages/property-survey/routes';
import { propertyPages } from '../pages/property/routes';
import { propertyMapPages } from '../pages/property-map/routes';
import { spaceNeedPages } from '../pages/space-needs/routes';

/** Every page of the app. Add a role's list here (one line); its entries stay in its own folder. */
export const PAGES: readonly PageDef[] = [
  ...managerPages,
  ...staffPages,
  ...approvalPages,
  ...auditorPages,
  ...reportPages,
  ...spacePages,
  ...residentPages,
  ...financePages,
  ...adminPages,
  ...accountPages,
  ...inboxPages,
  ...notificationSettingsPages,
  ...propertySurveyPages,
  ...propertyPages,
  ...propertyMapPages,
  ...spaceNeedPages,
];

export function pagesFor(role: Role): PageDef[] {
  return PAGES.filter((p) => p.roles.includes(role));
}

export function homePathFor(role: Role): string {
  const own = pagesFor(role);
  return (own.find((p) => p.home) ?? own[0])?.path ?? '/welcome';
}
