import fc from 'fast-check';
import { RecordedEvent } from '@app/event-store';
import { LoggedEvent } from './folded-history';

export const DEPARTMENTS = ['D-A', 'D-B', 'D-C'];
const CODES = ['A020000', 'A02010100', 'A05010301', 'A050000'];
export const T0 = Date.parse('2025-01-01T00:00:00Z');
const HOUR = 3600_000;

type Phase = 'none' | 'in_use' | 'listed' | 'in_transfer' | 'pending_disposal' | 'written_off';

interface Step {
  asset: number;
  action: number;
  /** clock advance in minutes (0: the same instant) */
  minutes: number;
  /** clock set back this many hours first (only when the history allows it) */
  back: number;
  value: number;
  fields: number;
}

const step = fc.record({
  asset: fc.nat(7),
  action: fc.nat(20),
  minutes: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 * 24 * 60 })),
  back: fc.oneof({ weight: 5, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 96 }) }),
  value: fc.integer({ min: 0, max: 5_000_000 }),
  fields: fc.nat(15),
});

/**
 * Mixed histories of a few assets, interleaved as a log would have them: registrations, corrections
 * (some odd: null values, codes outside the table), relocations, listings, claims, transfers approved,
 * rejected, withdrawn and completed between departments, withdrawn and expired listings, disposals requested
 * (from use or from a listing), released and written off (核销). `strict`:
 * every event strictly later than the one before, and only the moves the deciders allow; otherwise
 * events may share an instant, the clock may be set back, and corrections may come before registration.
 */
export function assetHistories(strict: boolean, minLength = 1): fc.Arbitrary<LoggedEvent[]> {
  return fc.array(step, { minLength, maxLength: 70, size: 'medium' }).map((steps) => buildHistory(steps, strict));
}

function buildHistory(steps: Step[], strict: boolean): LoggedEvent[] {
  const assets = new Map<number, { phase: Phase; department: string; to: string }>();
  const log: LoggedEvent[] = [];
  let now = T0;
  for (const s of steps) {
    now += strict ? Math.max(1, s.minutes) * 60_000 + (s.value % 997) : s.minutes * 60_000 - s.back * HOUR;
    const id = `00000000-0000-4000-8000-00000000000${s.asset}`;
    const a = assets.get(s.asset) ?? { phase: 'none' as Phase, department: '', to: '' };
    const emit = (type: string, data: object) => log.push({ streamId: `asset-${id}`, type, data: { assetId: id, ...data }, at: now });
    const correction = () => {
      const corrected: Record<string, unknown> = {};
      if (s.fields & 1) corrected.categoryCode = strict || s.value % 5 ? CODES[s.value % CODES.length] : 'Z9';
      if (s.fields & 2) corrected.originalValueFen = strict || s.value % 7 ? s.value : null;
      if (s.fields & 4) corrected.accumulatedDepreciationFen = Math.floor(s.value / 3);
      if (s.fields & 8 || Object.keys(corrected).length === 0) corrected.name = `名称${s.value}`;
      emit('asset.corrected.v1', { previous: {}, corrected, reason: '更正' });
    };
    const options: (() => void)[] = [];
    if (a.phase === 'none') {
      options.push(() => {
        a.department = DEPARTMENTS[s.value % DEPARTMENTS.length];
        a.phase = 'in_use';
        const card: Record<string, unknown> = {
          assetNo: `NO-${s.asset}`,
          departmentId: a.department,
          name: '台式计算机',
          categoryCode: CODES[s.fields % CODES.length],
          custodian: '张三',
          location: '库房',
          acquiredOn: '2020-01-01',
          originalValueFen: s.value,
          quantity: 1,
          unit: '台',
          condition: 'good',
          brand: null,
          specification: null,
        };
        if (s.fields % 3) card.accumulatedDepreciationFen = Math.floor(s.value / 4);
        emit('asset.registered.v1', card);
      });
      if (!strict) options.push(correction);
    } else if (a.phase === 'written_off') {
      // Off the books: the deciders refuse everything; a loose history may still carry a stray correction.
      if (!strict) options.push(correction);
    } else {
      options.push(correction, () =>
        emit('asset.relocated.v1', {
          from: { location: '库房', custodian: '张三' },
          to: { location: '二楼', custodian: '李四' },
          reason: null,
        }),
      );
      const listing = { listingId: `L-${s.asset}` };
      if (a.phase === 'in_use')
        options.push(() => {
          a.phase = 'listed';
          emit('asset.listed.v1', { ...listing, claimMode: 'first_come', internalUntil: null, advertiseUntil: '2030-01-01T00:00:00Z' });
        });
      if (a.phase === 'listed' || (!strict && a.phase === 'in_transfer'))
        options.push(
          () => {
            a.phase = 'in_use';
            emit('asset.listing-withdrawn.v1', { ...listing, reason: '继续使用' });
          },
          () => {
            a.phase = 'in_use';
            emit('asset.listing-expired.v1', { ...listing, expiredAt: new Date(now).toISOString() });
          },
        );
      if (a.phase === 'listed') {
        const to = DEPARTMENTS.filter((d) => d !== a.department)[s.value % 2];
        options.push(
          () => emit('asset.claimed.v1', { ...listing, claimId: `C-${to}`, claimantDepartmentId: to, justification: '需要' }),
          () => {
            a.phase = 'in_transfer';
            a.to = to;
            emit('asset.claim-selected.v1', {
              ...listing,
              claimId: `C-${to}`,
              transferId: `T-${now}`,
              fromDepartmentId: a.department,
              toDepartmentId: to,
              steps: [],
            });
          },
        );
      }
      const disposal = { disposalId: `X-${s.asset}` };
      if (a.phase === 'in_use' || a.phase === 'listed')
        options.push(() => {
          if (a.phase === 'listed') emit('asset.listing-withdrawn.v1', { ...listing, reason: '转入处置' });
          a.phase = 'pending_disposal';
          emit('asset.disposal-requested.v1', { ...disposal, disposalKind: 'scrap' });
        });
      if (a.phase === 'pending_disposal')
        options.push(
          () => {
            a.phase = 'in_use';
            emit('asset.disposal-released.v1', { ...disposal, outcome: 'rejected' });
          },
          () => {
            a.phase = 'written_off';
            emit('asset.written-off.v1', { ...disposal, disposalKind: 'scrap', departmentId: a.department });
          },
        );
      if (a.phase === 'in_transfer')
        options.push(
          () => emit('asset.transfer-step-approved.v1', { transferId: 'T', step: 'supervisor', byDepartmentId: null, comment: null }),
          () => {
            a.phase = 'listed';
            emit('asset.transfer-rejected.v1', { transferId: 'T', step: 'finance', reason: '不同意' });
          },
          () => {
            a.phase = 'listed';
            emit('asset.transfer-withdrawn.v1', { transferId: 'T', side: 'receiving', reason: '不要了' });
          },
          () => emit('asset.handover-confirmed.v1', { transferId: 'T', side: 'releasing' }),
          () => {
            emit('asset.transferred.v1', { transferId: 'T', fromDepartmentId: a.department, toDepartmentId: a.to });
            a.phase = 'in_use';
            a.department = a.to;
          },
        );
    }
    if (options.length > 0) options[s.action % options.length]();
    assets.set(s.asset, a);
  }
  return log;
}

/** The log as the event store would deliver it. */
export function recordedEvents(log: readonly LoggedEvent[]): RecordedEvent[] {
  const revisions = new Map<string, number>();
  return log.map((e, i) => {
    const revision = revisions.get(e.streamId) ?? 0;
    revisions.set(e.streamId, revision + 1);
    return {
      id: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`,
      streamId: e.streamId,
      revision: BigInt(revision),
      position: { commit: BigInt(i), prepare: BigInt(i) },
      type: e.type,
      data: e.data as Record<string, unknown>,
      metadata: {
        actorId: 'tester',
        actorRole: 'asset_manager',
        departmentId: 'D-A',
        correlationId: 'c',
        causationId: 'c',
        occurredAt: new Date(e.at).toISOString(),
      },
      recordedAt: new Date(e.at),
    };
  });
}
