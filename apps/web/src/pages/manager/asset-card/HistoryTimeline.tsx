import { Timeline, Typography } from 'antd';
import { useDepartmentName } from '../../../app/departments';
import { useT } from '../../../i18n/I18nProvider';
import { common } from '../../../i18n/common';
import { formatDateTime } from '../../../lib/dates';
import { formatFen } from '../../../lib/money';
import type { History } from './load-card';
import { CardMessageKey, messages } from './messages';

type Entry = History['events'][number];
type Data = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : v === null || v === undefined ? '' : JSON.stringify(v));
const ROLE_KEYS = ['asset_manager', 'department_staff', 'finance_approver', 'auditor', 'resident'] as const;

/** The card's whole history, oldest first: what happened, who did it, when (China time), and why. */
export function HistoryTimeline({ events }: { events: History['events'] }) {
  const t = useT(messages);
  const tc = useT(common);
  const dept = useDepartmentName();
  const label = (type: string) => {
    const key = `event.${type}` as CardMessageKey;
    return key in messages['zh-CN'] ? t(key) : type;
  };
  const role = (r: string | null) =>
    (ROLE_KEYS as readonly string[]).includes(r ?? '') ? tc(`role.${r as (typeof ROLE_KEYS)[number]}`) : (r ?? '');
  const detail = (e: Entry): string => {
    const d = e.data as Data;
    switch (e.type) {
      case 'asset.corrected.v1': {
        const before = (d.previous ?? {}) as Data;
        const after = (d.corrected ?? {}) as Data;
        return Object.keys(after)
          .map((k) =>
            k.endsWith('Fen')
              ? `${k}: ${formatFen(str(before[k]))} → ${formatFen(str(after[k]))}`
              : `${k}: ${str(before[k])} → ${str(after[k])}`,
          )
          .join('；');
      }
      case 'asset.relocated.v1': {
        const from = (d.from ?? {}) as Data;
        const to = (d.to ?? {}) as Data;
        return `${str(from.location)}（${str(from.custodian)}） → ${str(to.location)}（${str(to.custodian)}）`;
      }
      case 'asset.listed.v1':
        return `${str(d.description)} · ${str(d.pickupLocation)}`;
      case 'asset.claimed.v1':
        return `${dept(str(d.claimantDepartmentId))}：${str(d.justification)}`;
      case 'asset.claim-selected.v1':
      case 'asset.transferred.v1':
        return t('fromTo', { from: dept(str(d.fromDepartmentId)), to: dept(str(d.toDepartmentId)) });
      case 'asset.transfer-step-approved.v1':
        return `${str(d.step) === 'supervisor_review' ? tc('transfer.pending_supervisor_review') : str(d.step) === 'finance_filing' ? tc('transfer.filed') : tc('transfer.pending_finance_approval')}${d.comment ? `：${str(d.comment)}` : ''}`;
      case 'asset.listing-expiry-warned.v1':
        return t('endsAt', { at: formatDateTime(str(d.advertiseUntil)) });
      case 'asset.transfer-step-escalated.v1':
        return t('escalated', {
          days: str(d.workingDaysWaited),
          to: t(`escalated.${str(d.escalatedTo)}` as 'escalated.finance_approvers'),
        });
      case 'asset.handover-confirmed.v1':
        return `${t('side')}：${str(d.side) === 'releasing' ? t('side.releasing') : t('side.receiving')}`;
      default:
        return '';
    }
  };
  return (
    <Timeline
      items={events.map((e) => ({
        key: e.eventId,
        content: (
          <div data-testid="history-entry">
            <Typography.Text strong>{label(e.type)}</Typography.Text>{' '}
            <Typography.Text type="secondary">
              {formatDateTime(e.occurredAt)} · {t('by', { actor: e.actorId, role: role(e.actorRole) })}
            </Typography.Text>
            {detail(e) && <div>{detail(e)}</div>}
            {e.reason && (
              <div>
                {t('reason')}：{e.reason}
              </div>
            )}
          </div>
        ),
      }))}
    />
  );
}
