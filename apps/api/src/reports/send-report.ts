import { Response } from 'express';
import { ReportColumn, ReportTable } from '@app/read-models/reports/report-table';
import { each, writeCsv, writeXlsx } from '@app/read-models/reports/report-stream';

export type ReportFormat = 'json' | 'csv' | 'xlsx' | undefined;

export const col = (key: string, header: string, kind: ReportColumn['kind']): ReportColumn => ({ key, header, kind });

/** Answers a report as JSON, or as the CSV/XLSX file of its table (written row by row: a city's rows never sit in memory whole). */
export async function sendReport(res: Response, format: ReportFormat, table: ReportTable, json: unknown, file: string): Promise<void> {
  const streamed = { ...table, rows: each(table.rows) };
  if (format === 'csv') {
    res.type('text/csv; charset=utf-8').attachment(`${file}.csv`);
    await writeCsv(streamed, res);
  } else if (format === 'xlsx') {
    res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').attachment(`${file}.xlsx`);
    await writeXlsx(streamed, res);
  } else {
    res.json(json);
  }
}
