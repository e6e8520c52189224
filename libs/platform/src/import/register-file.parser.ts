import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import iconv from 'iconv-lite';
import { parse as parseCsv } from 'csv-parse/sync';
import { ImportProblem, RegisterFileRejected } from './import-problem';
import { checkWorkbookSize, WorkbookLimits } from './workbook-size';

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
class KeptColumns {
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

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Reads a register export (XLSX or CSV; UTF-8 with or without BOM, or GBK) into header and rows of text. */
export async function parseRegisterFile(bytes: Buffer, options: RegisterFileOptions = {}): Promise<ParsedRegisterFile> {
  if (bytes.length === 0) throw new RegisterFileRejected('IMPORT_FILE_EMPTY', '文件为空');
  if (bytes.subarray(0, 4).equals(XLSX_MAGIC)) return parseXlsx(bytes, options);
  if (bytes.subarray(0, 4).equals(OLE2_MAGIC)) {
    throw new RegisterFileRejected('IMPORT_FILE_XLS', '不支持旧版 .xls 文件：请在 Excel 中另存为 .xlsx 或 CSV（UTF-8）后再上传');
  }
  if (bytes.subarray(0, 2).equals(Buffer.from([0xff, 0xfe])) || bytes.subarray(0, 2).equals(Buffer.from([0xfe, 0xff]))) {
    throw new RegisterFileRejected('IMPORT_FILE_ENCODING', '文件是 UTF-16 编码：请另存为 CSV（UTF-8）或 .xlsx 后再上传');
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new RegisterFileRejected('IMPORT_FILE_NOT_TABLE', '文件不是 CSV 或 .xlsx 表格（含二进制内容）');
  }
  return parseCsvFile(bytes, options);
}

/** Bytes of CSV read and parsed at a time: the file's text is never held whole, only its rows. */
const CSV_SLICE_BYTES = 2 ** 20;
/** Longest CSV record (one row) read: a register's row is far shorter; a longer one is an unclosed quote or not a register. */
const MAX_CSV_RECORD_BYTES = 2 ** 20;

/** The file's encoding: a BOM says UTF-8; otherwise valid UTF-8 is UTF-8, anything else is taken as GBK. */
function csvEncoding(bytes: Buffer): RegisterFileEncoding {
  if (bytes.subarray(0, 3).equals(UTF8_BOM)) return 'utf-8-bom';
  // Not UTF-8: Excel on a Chinese Windows saves CSV as GBK (code page 936).
  return isUtf8(bytes) ? 'utf-8' : 'gbk';
}

function decodeSlice(slice: Buffer, encoding: RegisterFileEncoding): string {
  if (encoding !== 'gbk') return slice.toString('utf8');
  const text = iconv.decode(slice, 'gbk');
  if (text.includes('\uFFFD')) {
    throw new RegisterFileRejected('IMPORT_FILE_ENCODING', '无法识别文件编码（既不是 UTF-8 也不是 GBK）：请另存为 CSV（UTF-8）后再上传');
  }
  return text;
}

/**
 * Where a slice of about `size` bytes from `start` ends: just after a line break outside quotes (a quoted
 * field may hold line breaks). In UTF-8 and GBK the bytes of `"` and `\n` never occur inside a multi-byte
 * character, so the bytes can be cut before they are decoded.
 */
export function csvSliceEnd(bytes: Buffer, start: number, size: number): number {
  const target = start + size;
  if (target >= bytes.length) return bytes.length;
  let from = start;
  for (;;) {
    const open = bytes.indexOf(0x22, from);
    const outsideEnd = open === -1 ? bytes.length : open;
    if (outsideEnd > target) {
      const lineBreak = bytes.indexOf(0x0a, Math.max(from, target));
      if (lineBreak !== -1 && lineBreak < outsideEnd) return lineBreak + 1;
    }
    // An unclosed quote: the rest is one slice, and the parser names the line.
    const close = open === -1 ? -1 : bytes.indexOf(0x22, open + 1);
    if (close === -1) return bytes.length;
    from = close + 1;
  }
}

function parseCsvSlice(text: string, linesBefore: number): { record: string[]; info: { lines: number } }[] {
  try {
    return parseCsv(text, { info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
  } catch (error: unknown) {
    const line = (error as { lines?: number }).lines;
    throw new RegisterFileRejected(
      'IMPORT_FILE_CSV',
      `CSV 格式有误${line ? `（第 ${linesBefore + line} 行附近）` : ''}：引号未闭合或字段格式不对，请检查后再上传`,
    );
  }
}

function parseCsvFile(bytes: Buffer, options: RegisterFileOptions): ParsedRegisterFile {
  const encoding = csvEncoding(bytes);
  const body = encoding === 'utf-8-bom' ? bytes.subarray(3) : bytes;
  const sliceBytes = options.csvSliceBytes ?? CSV_SLICE_BYTES;
  let headers: string[] | null = null;
  let columns: KeptColumns | null = null;
  const rows: SheetRow[] = [];
  let linesBefore = 0;
  for (let start = 0; start < body.length;) {
    const end = csvSliceEnd(body, start, sliceBytes);
    // The slice ends at the end of the record holding its target size: this far past it, that record is too long.
    if (end - start > sliceBytes + MAX_CSV_RECORD_BYTES) {
      throw new RegisterFileRejected(
        'IMPORT_FILE_CSV',
        `CSV 第 ${linesBefore + 1} 行之后有一行超过 1 MB（多半是引号未闭合）：请检查后再上传`,
      );
    }
    const slice = body.subarray(start, end);
    for (const { record, info } of parseCsvSlice(decodeSlice(slice, encoding), linesBefore)) {
      if (!record.some((cell) => cell !== '')) continue;
      if (headers === null || columns === null) {
        headers = record;
        columns = new KeptColumns(headers, options.keepColumns);
      } else {
        rows.push({ rowNumber: linesBefore + info.lines, cells: columns.pick(record) });
        if (rows.length > MAX_IMPORT_ROWS) throw tooManyRows();
      }
    }
    linesBefore += countLineBreaks(slice);
    start = end;
  }
  if (headers === null || columns === null) throw new RegisterFileRejected('IMPORT_FILE_EMPTY', '文件中没有表头和数据');
  return { format: 'csv', encoding, headers, cellSlots: columns.slots, rows, problems: [], unread: new Set() };
}

function countLineBreaks(bytes: Buffer): number {
  let n = 0;
  for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) n++;
  return n;
}

/** Said as soon as row MAX_IMPORT_ROWS + 1 is read: the rest of the file is not read to count it. */
const tooManyRows = () =>
  new RegisterFileRejected('IMPORT_TOO_MANY_ROWS', `文件的数据超过单次导入上限 ${MAX_IMPORT_ROWS} 行：请分成几个文件导入`);

function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

type CellRead = { text: string } | { problem: { code: string; problem: string } };

/** A cell as text; formulas and error values are reported, never read (their cached result may be stale). */
function cellText(value: ExcelJS.CellValue): CellRead {
  if (value === null || value === undefined) return { text: '' };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) };
  if (typeof value === 'string') return { text: value.trim() };
  if (typeof value === 'number' || typeof value === 'boolean') return { text: String(value) };
  if ('formula' in value || 'sharedFormula' in value) {
    return { problem: { code: 'FORMULA_CELL', problem: '公式单元格：请复制后“选择性粘贴为数值”，导入不读取公式' } };
  }
  if ('error' in value) return { problem: { code: 'ERROR_CELL', problem: `单元格是错误值 ${String(value.error)}` } };
  if ('richText' in value)
    return {
      text: value.richText
        .map((part) => part.text)
        .join('')
        .trim(),
    };
  if ('text' in value) return { text: String(value.text).trim() };
  return { problem: { code: 'UNREADABLE_CELL', problem: '无法读取该单元格的内容' } };
}

async function parseXlsx(bytes: Buffer, options: RegisterFileOptions): Promise<ParsedRegisterFile> {
  const problems: ImportProblem[] = [];
  const unread = new Set<string>();
  const rows: SheetRow[] = [];
  let headers: string[] | null = null;
  let columns: KeptColumns | null = null;
  let sheetId: string | null = null;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
    await checkWorkbookSize(zip, options.workbookLimits);
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'cache',
      entries: 'emit',
    });
    for await (const sheet of reader) {
      const first = sheetId === null;
      if (first) sheetId = String((sheet as unknown as { id: number | string }).id);
      for await (const row of sheet) {
        // Only the first sheet is the register; the others are drained (the zip is read in one pass).
        if (!first) continue;
        const cells: string[] = [];
        (row as ExcelJS.Row).eachCell({ includeEmpty: true }, (cell, col) => {
          const read = cellText(cell.value);
          if ('problem' in read) {
            problems.push({ row: row.number, column: `${columnLetter(col)}${row.number}`, ...read.problem });
            cells[col - 1] = '';
            unread.add(`${row.number}:${col - 1}`);
          } else cells[col - 1] = read.text;
        });
        const filled = Array.from(cells, (c) => c ?? '');
        if (!filled.some((c) => c !== '')) continue;
        if (headers === null || columns === null) {
          headers = filled;
          columns = new KeptColumns(headers, options.keepColumns);
        } else {
          rows.push({ rowNumber: row.number, cells: columns.pick(filled) });
          if (rows.length > MAX_IMPORT_ROWS) throw tooManyRows();
        }
      }
    }
  } catch (error: unknown) {
    if (error instanceof RegisterFileRejected) throw error;
    throw new RegisterFileRejected(
      'IMPORT_FILE_XLSX',
      '无法读取该 .xlsx 文件（文件损坏或不是 Excel 工作簿）：请在 Excel 中打开后重新保存再上传',
    );
  }
  if (sheetId === null || headers === null || columns === null)
    throw new RegisterFileRejected('IMPORT_FILE_EMPTY', '工作簿的第一个工作表中没有表头和数据');
  for (const merge of await mergedCells(zip, sheetId)) {
    problems.push(merge.problem);
    for (let r = merge.top; r <= merge.bottom; r++) for (let c = merge.left; c <= merge.right; c++) unread.add(`${r}:${c}`);
  }
  return { format: 'xlsx', encoding: 'xlsx', headers, cellSlots: columns.slots, rows, problems, unread };
}

/**
 * Merged ranges of the sheet. The streaming reader skips them, and a merged cell read row by row would
 * leave every row but the first empty (or, copied by hand, duplicate a value): each range is reported.
 * The sheet's XML is scanned as a stream, so a large sheet is never held as one string.
 */
interface MergedRange {
  readonly problem: ImportProblem;
  /** Rows (spreadsheet numbers) and 0-based column indexes the range covers. */
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

const columnIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

async function mergedCells(zip: JSZip, sheetId: string): Promise<MergedRange[]> {
  const entry = zip.file(`xl/worksheets/sheet${sheetId}.xml`);
  if (!entry) return [];
  const found: MergedRange[] = [];
  let carry = '';
  // jszip gives an old-style stream; wrapping it makes it async-iterable.
  for await (const chunk of new Readable().wrap(entry.nodeStream('nodebuffer')) as AsyncIterable<Buffer>) {
    const text = carry + chunk.toString('utf8');
    const pattern = /<mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g;
    let match: RegExpExecArray | null;
    let consumed = 0;
    while ((match = pattern.exec(text)) !== null) {
      const [, col, row, endCol, endRow] = match;
      found.push({
        problem: {
          row: Number(row),
          column: `${col}${row}`,
          code: 'MERGED_CELL',
          problem: `合并单元格 ${col}${row}:${endCol}${endRow}：请取消合并，并在每一行填写各自的值`,
        },
        top: Number(row),
        bottom: Math.min(Number(endRow), Number(row) + MAX_IMPORT_ROWS),
        left: columnIndex(col),
        right: Math.min(columnIndex(endCol), columnIndex(col) + 1000),
      });
      consumed = pattern.lastIndex;
    }
    // Keep an unfinished tag for the next chunk.
    carry = text.slice(Math.max(consumed, text.length - 64));
  }
  return found;
}
