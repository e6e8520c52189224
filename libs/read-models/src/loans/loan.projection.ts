import { EntityManager } from 'typeorm';
import { AssetEventType, AssetLent, LoanReturned } from '@app/assets';
import { RecordedEvent } from '@app/event-store';
import { bulkRead, bulkWrite } from '../bulk-write';
import { Projection } from '../projection';
import { LoanRow } from './loan.entity';

const LOAN_EVENTS: ReadonlySet<string> = new Set<AssetEventType>(['asset.lent.v1', 'asset.loan-returned.v1']);

/** Loans (借用) of equipment between units: who has what, until when, and what came back late. */
export class LoanProjection implements Projection {
  readonly name = 'loans';

  handles(type: string): boolean {
    return LOAN_EVENTS.has(type);
  }

  async apply(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    const relevant = events.filter((recorded) => LOAN_EVENTS.has(recorded.type));
    if (relevant.length === 0) return;
    const ids = [...new Set(relevant.map((recorded) => (recorded.data as { loanId: string }).loanId))];
    const rows = new Map((await bulkRead(tx, LoanRow, 'loanId', ids)).map((row) => [row.loanId, row]));
    const changed = new Set<string>();
    for (const recorded of relevant) {
      const at = new Date(recorded.metadata.occurredAt);
      if (recorded.type === 'asset.lent.v1') {
        const d = (recorded as unknown as AssetLent).data;
        // A repeated delivery leaves the loan (and its return) as it is.
        if (rows.has(d.loanId)) continue;
        rows.set(d.loanId, {
          loanId: d.loanId,
          assetId: d.assetId,
          assetNo: d.assetNo,
          assetName: d.assetName,
          lenderDepartmentId: d.lenderDepartmentId,
          borrowerDepartmentId: d.borrowerDepartmentId,
          borrower: d.borrower,
          purpose: d.purpose,
          lentOn: d.lentOn,
          dueOn: d.dueOn,
          returnedOn: null,
          daysOverdue: null,
          returnNote: null,
          updatedAt: at,
        });
      } else {
        const d = (recorded as unknown as LoanReturned).data;
        const row = rows.get(d.loanId);
        if (!row) continue;
        Object.assign(row, { returnedOn: d.returnedOn, daysOverdue: d.daysOverdue, returnNote: d.note, updatedAt: at });
      }
      changed.add(recorded.data.loanId as string);
    }
    const written = [...changed].map((id) => rows.get(id) as LoanRow);
    await bulkWrite(tx, LoanRow, written, { conflict: ['loanId'], onConflict: 'update' });
  }
}
