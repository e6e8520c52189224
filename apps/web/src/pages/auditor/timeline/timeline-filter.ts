/** What the auditor asked for, as the timeline API's query (pure, so it is tested without a browser). */
export type Scope = 'asset' | 'department' | 'transfer' | 'all';

export interface TimelineForm {
  scope: Scope;
  assetId?: string;
  departmentId?: string;
  transferId?: string;
  types?: string[];
  actorId?: string;
  /** China dates, inclusive */
  fromDate?: string;
  toDate?: string;
}

export interface TimelineQuery {
  assetId?: string;
  departmentId?: string;
  transferId?: string;
  type?: string[];
  actorId?: string;
  from?: string;
  to?: string;
}

const CHINA_OFFSET_MS = 8 * 3600_000;

/** 00:00 China time of a date, as an ISO instant. */
export function chinaDayStart(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - CHINA_OFFSET_MS).toISOString();
}

/** The last millisecond of a China date (the API's `to` is inclusive). */
export function chinaDayEnd(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - CHINA_OFFSET_MS + 86400_000 - 1).toISOString();
}

/** The missing choice that keeps the query from running, or null when it can run. */
export function missingChoice(form: TimelineForm): 'chooseAsset' | 'chooseDepartment' | 'chooseTransfer' | null {
  if (form.scope === 'asset' && !form.assetId) return 'chooseAsset';
  if (form.scope === 'department' && !form.departmentId) return 'chooseDepartment';
  if (form.scope === 'transfer' && !form.transferId?.trim()) return 'chooseTransfer';
  return null;
}

export function toTimelineQuery(form: TimelineForm): TimelineQuery {
  return {
    assetId: form.scope === 'asset' ? form.assetId : undefined,
    departmentId: form.scope === 'department' ? form.departmentId : undefined,
    transferId: form.scope === 'transfer' ? form.transferId?.trim() : undefined,
    type: form.types?.length ? form.types : undefined,
    actorId: form.actorId?.trim() || undefined,
    from: form.fromDate ? chinaDayStart(form.fromDate) : undefined,
    to: form.toDate ? chinaDayEnd(form.toDate) : undefined,
  };
}
