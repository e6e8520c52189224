/** What a register file reads into, whatever its format: header, rows of the kept columns, and the row limit. */
import { ImportProblem, RegisterFileRejected } from './import-problem';
import type { WorkbookLimits } from './workbook-size';

/** How the file's text was read: reported back so a wrongly saved file is noticed. */
export type RegisterFileEncoding = 'utf-8' | 'utf-8-bom' | 'gbk' | 'xlsx';

export interface SheetRow {
  /** The row number as the spreadsheet (or the CSV's line count) shows it. */
  readonly rowNumber: number;
  /** The cells of the kept columns, where `ParsedRegisterFile.cellSlots` says: read them with cellOf. */
  readonly cells: readonly string[];
}

export interface ParsedRegisterFile {
  readonly format: 'csv' | 'xlsx';
  readonly encoding: RegisterFileEncoding;
  readonly headers: readonly string[];
  /** For each header column, where its cell is in a row's `cells` (-1: the column is not kept). */
  readonly cellSlots: readonly number[];
  readonly rows: readonly SheetRow[];
  /** Cells the parser would not read (formulas, merged cells, error values): each blocks the import. */
  readonly problems: readonly ImportProblem[];
  /** Cells left empty because of those problems ("row:column index"), so they are not reported twice as empty. */
  readonly unread: ReadonlySet<string>;
}

export interface RegisterFileOptions {
  /** Bytes of CSV decoded and parsed at a time (tests cut small slices). */
  readonly csvSliceBytes?: number;
  /**
   * The columns (header indexes) the importer reads, decided once the header row is read; rows hold only
   * their cells, so a file of many columns the importer ignores costs no memory for them. Default: all.
   */
  readonly keepColumns?: (headers: readonly string[]) => Iterable<number>;
  /** How far a workbook may inflate (tests make it small). */
  readonly workbookLimits?: WorkbookLimits;
}

/** A row's cell in header column `column`: '' for a column not kept, or past the end of a short row. */
export function cellOf(file: Pick<ParsedRegisterFile, 'cellSlots'>, row: SheetRow, column: number): string {
  const slot = file.cellSlots[column] ?? -1;
  return slot < 0 ? '' : (row.cells[slot] ?? '');
}

/** The column indexes a resolved column map names (fields without a column left out). */
export const readColumns = (columns: Partial<Record<string, number>>): number[] =>
  Object.values(columns).filter((column): column is number => column !== undefined);

/** Which cells rows keep: every one, or those of the columns the importer asked for, in header order. */
export class KeptColumns {
  readonly slots: number[];
  private readonly kept: number[] | null;

  constructor(headers: readonly string[], keep: RegisterFileOptions['keepColumns']) {
    if (!keep) {
      this.kept = null;
      this.slots = headers.map((_, i) => i);
      return;
    }
    this.kept = [...new Set(keep(headers))].filter((i) => Number.isInteger(i) && i >= 0 && i < headers.length).sort((a, b) => a - b);
    this.slots = headers.map(() => -1);
    this.kept.forEach((column, slot) => (this.slots[column] = slot));
  }

  pick(record: string[]): string[] {
    return this.kept === null ? record : this.kept.map((column) => record[column] ?? '');
  }
}

/** More rows than this is not one unit's register: refused before any is checked. */
export const MAX_IMPORT_ROWS = 200_000;

/** Said as soon as row MAX_IMPORT_ROWS + 1 is read: the rest of the file is not read to count it. */
export const tooManyRows = () =>
  new RegisterFileRejected('IMPORT_TOO_MANY_ROWS', `文件的数据超过单次导入上限 ${MAX_IMPORT_ROWS} 行：请分成几个文件导入`);
