import ExcelJS from 'exceljs';

/** sqm: an area in m², two decimals as registered (say the unit in the header). */
export type ColumnKind = 'text' | 'count' | 'fen' | 'days' | 'ratio' | 'sqm';

export interface ReportColumn {
  readonly key: string;
  /** Chinese header, as finance staff read it */
  readonly header: string;
  readonly kind: ColumnKind;
}

export interface ReportTable {
  readonly title: string;
  /** Period and/or as-of stamp printed in the file */
  readonly stamp: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly Record<string, unknown>[];
}

/** 分 → 元 as an exact decimal string (no floating point): 123456 → "1234.56". */
export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * Text a user typed (an asset name, a place) can start with `=`, `+`, `-`, `@`, a tab or a carriage
 * return; a spreadsheet opening the CSV would run it as a formula (CSV injection). Such a cell is
 * written with a leading apostrophe, which spreadsheets show as plain text.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function cell(value: unknown, kind: ColumnKind): string {
  if (value === null || value === undefined) return '';
  if (kind === 'fen') return fenToYuan(Number(value));
  if (kind === 'ratio') return (Number(value) * 100).toFixed(1) + '%';
  if (kind === 'sqm') return Number(value).toFixed(2);
  // Numbers we format ourselves (a negative amount starts with '-') stay numbers; only text is neutralised.
  return kind === 'text' ? neutraliseFormula(String(value)) : String(value);
}

const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The CSV's BOM (so Excel reads the Chinese), the stamp line and the header line. */
export function csvHead(table: Pick<ReportTable, 'title' | 'stamp' | 'columns'>): string {
  const lines = [
    quote(neutraliseFormula(`${table.title}（${table.stamp}）`)),
    table.columns.map((c) => quote(neutraliseFormula(c.kind === 'fen' ? `${c.header}（元）` : c.header))).join(','),
  ];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** One row as a CSV line (with its line break), amounts in 元. */
export function csvLine(columns: readonly ReportColumn[], row: Record<string, unknown>): string {
  return `${columns.map((c) => quote(cell(row[c.key], c.kind))).join(',')}\r\n`;
}

/** CSV with a BOM (so Excel reads the Chinese), the stamp on the first line, amounts in 元. */
export function toCsv(table: ReportTable): Buffer {
  return Buffer.from(csvHead(table) + table.rows.map((row) => csvLine(table.columns, row)).join(''), 'utf8');
}

export const XLSX_FORMATS: Record<ColumnKind, string | undefined> = {
  text: undefined,
  count: '#,##0',
  fen: '#,##0.00',
  days: '#,##0.000',
  ratio: '0.0%',
  sqm: '#,##0.00',
};

/** One row's cell values for a spreadsheet. */
export function xlsxValues(columns: readonly ReportColumn[], row: Record<string, unknown>): (string | number | null)[] {
  return columns.map((c) => {
    const v = row[c.key];
    if (v === null || v === undefined) return null;
    // Amounts are exact in 分; the cell holds 元 with two decimals, which a double represents exactly enough for display and sums.
    return c.kind === 'fen' ? Number(fenToYuan(Number(v))) : c.kind === 'text' ? String(v) : Number(v);
  });
}

/** A column's width: room for its Chinese header. */
export const xlsxWidth = (c: ReportColumn) => Math.max(12, c.header.length * 2 + 4);

/** XLSX: title and stamp in the first row, headers in the second, 元 amounts as numbers formatted #,##0.00. */
export async function toXlsx(table: ReportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.title.slice(0, 31));
  sheet.addRow([`${table.title}（${table.stamp}）`]);
  sheet.mergeCells(1, 1, 1, Math.max(1, table.columns.length));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(table.columns.map((c) => (c.kind === 'fen' ? `${c.header}（元）` : c.header))).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(xlsxValues(table.columns, row));
  }
  table.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = xlsxWidth(c);
    const format = XLSX_FORMATS[c.kind];
    if (format)
      column.eachCell((cellValue, rowNumber) => {
        if (rowNumber > 2) cellValue.numFmt = format;
      });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
