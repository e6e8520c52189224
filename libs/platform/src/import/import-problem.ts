/** One thing wrong with an import file: where (spreadsheet row and column, null for the whole file) and what, in Chinese. */
export interface ImportProblem {
  /** The row as the spreadsheet numbers it (the header is usually row 1); null for a problem of the whole file. */
  readonly row: number | null;
  /** The column's header as the file has it (or a cell address such as B7); null when no one column is at fault. */
  readonly column: string | null;
  /** Stable code, for clients and tests. */
  readonly code: string;
  /** What is wrong and what to do, in Chinese. */
  readonly problem: string;
}

/** A file the import cannot read at all (not a spreadsheet, too big, unreadable): nothing of it is imported. */
export class RegisterFileRejected extends Error {
  constructor(
    readonly code: string,
    readonly problem: string,
  ) {
    super(problem);
  }
}
