/** XLSX register files: the first sheet, read as a stream once the workbook's size is checked. */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { ImportProblem, RegisterFileRejected } from './import-problem';
import { KeptColumns, MAX_IMPORT_ROWS, ParsedRegisterFile, RegisterFileOptions, SheetRow, tooManyRows } from './register-sheet';
import { checkWorkbookSize, inflatedChunks } from './workbook-size';

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

export async function parseXlsx(bytes: Buffer, options: RegisterFileOptions): Promise<ParsedRegisterFile> {
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
  for await (const chunk of inflatedChunks(entry)) {
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
