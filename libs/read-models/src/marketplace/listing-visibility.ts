import { Injectable } from '@nestjs/common';
import { Actor, DepartmentDirectory } from '@app/shared';

/** Who is looking at warehouse listings. */
export type ListingViewer = Pick<Actor, 'role' | 'departmentId'>;

export interface ListingVisibilityRow {
  readonly departmentId: string;
  readonly ownerSupervisorId: string;
  readonly internalUntil: Date | null;
}

/**
 * The one rule for who may see a warehouse listing, used by the feed, the item route, claims,
 * demand matches and search: during its internal window (内部调剂期) a listing is seen only by
 * departments under the owner's 主管部门 (the owner included), and by auditors and the finance
 * bureau; after the window, by everyone who may read the warehouse.
 */
@Injectable()
export class ListingVisibility {
  constructor(private readonly departments: DepartmentDirectory) {}

  private seesEverything(viewer: ListingViewer): boolean {
    return viewer.role === 'auditor' || viewer.role === 'finance_approver' || viewer.role === 'system';
  }

  private groupOf(viewer: ListingViewer): string | null {
    return viewer.departmentId ? this.departments.supervisorOf(viewer.departmentId) : null;
  }

  canSee(viewer: ListingViewer, row: ListingVisibilityRow, now: Date): boolean {
    if (this.seesEverything(viewer)) return true;
    if (row.internalUntil === null || row.internalUntil.getTime() <= now.getTime()) return true;
    return viewer.departmentId === row.departmentId || this.groupOf(viewer) === row.ownerSupervisorId;
  }

  /** The same rule as SQL over a marketplace_listings alias; null when the viewer sees everything. */
  sql(viewer: ListingViewer, alias: string, now: Date): { where: string; params: Record<string, unknown> } | null {
    if (this.seesEverything(viewer)) return null;
    return {
      where: `(${alias}.internal_until IS NULL OR ${alias}.internal_until <= :visibleNow OR ${alias}.department_id = :visibleDept OR ${alias}.owner_supervisor_id = :visibleGroup)`,
      params: { visibleNow: now, visibleDept: viewer.departmentId, visibleGroup: this.groupOf(viewer) },
    };
  }

  /**
   * The listings the same rule hides from this viewer (the complement of `sql`), as SQL over a
   * marketplace_listings alias; null when nothing is hidden. Only listings inside an internal window
   * can be hidden, and few are at any time: a search over many rows excludes those few (found through
   * the partial index on internal_until) instead of looking every listing it passes up.
   */
  hiddenSql(viewer: ListingViewer, alias: string, now: Date): { where: string; params: Record<string, unknown> } | null {
    if (this.seesEverything(viewer)) return null;
    return {
      where: `(${alias}.internal_until > :hiddenNow AND ${alias}.department_id IS DISTINCT FROM :hiddenDept AND ${alias}.owner_supervisor_id IS DISTINCT FROM :hiddenGroup)`,
      params: { hiddenNow: now, hiddenDept: viewer.departmentId, hiddenGroup: this.groupOf(viewer) },
    };
  }
}
