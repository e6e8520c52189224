import { once } from 'node:events';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { csvHead, csvLine, ReportTable, XLSX_FORMATS, xlsxValues, xlsxWidth } from './report-table';

/** A report whose rows are read as they are written: a file of a whole city's register is never held in memory. */
export interface StreamedReportTable extends Omit<ReportTable, 'rows'> {
  readonly rows: AsyncIterable<Record<string, unknown>>;
}

/** Rows already read, one at a time. */
export async function* each<T>(rows: readonly T[]): AsyncGenerator<T> {
  for (const row of rows) yield row;
}

/** Lines gathered before one write: fewer, larger writes, still a bounded amount held. */
const CSV_LINES_PER_WRITE = 500;

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk, 'utf8')) await once(out, 'drain');
}

/** The same CSV as toCsv, written to `out` as the rows arrive (waiting whenever the reader is slower), then ended. */
export async function writeCsv(table: StreamedReportTable, out: Writable): Promise<void> {
  await write(out, csvHead(table));
  let lines: string[] = [];
  for await (const row of table.rows) {
    lines.push(csvLine(table.columns, row));
    if (lines.length >= CSV_LINES_PER_WRITE) {
      await write(out, lines.join(''));
      lines = [];
    }
  }
  if (lines.length > 0) await write(out, lines.join(''));
  out.end();
}

/**
 * The same XLSX as toXlsx through ExcelJS's streaming writer: each row is committed (serialised into the
 * zip and dropped) once added, and strings are written inline rather than collected in a shared table.
 */
export async function writeXlsx(table: StreamedReportTable, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(table.title.slice(0, 31));
  sheet.columns = table.columns.map((c) => ({ width: xlsxWidth(c) }));
  const title = sheet.addRow([`${table.title}（${table.stamp}）`]);
  title.font = { bold: true };
  sheet.mergeCells(1, 1, 1, Math.max(1, table.columns.length));
  title.commit();
  const header = sheet.addRow(table.columns.map((c) => (c.kind === 'fen' ? `${c.header}（元）` : c.header)));
  header.font = { bold: true };
  header.commit();
  for await (const values of table.rows) {
    const row = sheet.addRow(xlsxValues(table.columns, values));
    table.columns.forEach((c, i) => {
      const format = XLSX_FORMATS[c.kind];
      if (format) row.getCell(i + 1).numFmt = format;
    });
    row.commit();
    // Let the zip's output reach the socket before the next rows pile up behind it.
    if (out.writableNeedDrain) await once(out, 'drain');
  }
  sheet.commit();
  await workbook.commit();
}
