/** 借出: equipment lent to another unit until a due date; the card stays on the lender's books. */
export interface AssetLent {
  readonly type: 'asset.lent.v1';
  readonly data: {
    readonly assetId: string;
    readonly loanId: string;
    readonly assetNo: string;
    readonly assetName: string;
    readonly lenderDepartmentId: string;
    readonly borrowerDepartmentId: string;
    /** The person at the borrowing unit who answers for it. */
    readonly borrower: string;
    readonly purpose: string;
    /** Calendar dates in Asia/Shanghai, YYYY-MM-DD. */
    readonly lentOn: string;
    readonly dueOn: string;
  };
}

/** 归还: the lender records the asset back; days late are kept for the overdue record. */
export interface LoanReturned {
  readonly type: 'asset.loan-returned.v1';
  readonly data: {
    readonly assetId: string;
    readonly loanId: string;
    readonly returnedOn: string;
    readonly daysOverdue: number;
    readonly note: string | null;
  };
}

export type LoanEvent = AssetLent | LoanReturned;

export const LOAN_EVENT_TYPES: readonly LoanEvent['type'][] = ['asset.lent.v1', 'asset.loan-returned.v1'];
