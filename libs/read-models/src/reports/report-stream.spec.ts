import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { each, writeCsv, writeXlsx } from './report-stream';
import { ReportTable, toCsv, toXlsx } from './report-table';

const table: ReportTable = {
  title: '资产台账',
  stamp: '截至 2026-01-01',
  columns: [
    { key: 'assetNo', header: '资产编号', kind: 'text' },
    { key: 'name', header: '名称', kind: 'text' },
    { key: 'value', header: '原值', kind: 'fen' },
    { key: 'count', header: '数量', kind: 'count' },
  ],
  rows: Array.from({ length: 1234 }, (_, i) => ({
    assetNo: `A-${i}`,
    name: i === 7 ? '=cmd|" /C calc"!A0' : `台式计算机${i}`,
    value: i * 101 - 5,
    count: i % 3,
  })),
};

async function written(write: (out: PassThrough) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => out.on('end', resolve));
  await write(out);
  await ended;
  return Buffer.concat(chunks);
}

async function cells(file: Buffer): Promise<{ values: unknown[][]; formats: (string | undefined)[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const values: unknown[][] = [];
  sheet.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
  return { values, formats: [1, 2, 3, 4].map((c) => sheet.getRow(3).getCell(c).numFmt) };
}

describe('reports written as their rows arrive', () => {
  it('writes the same CSV as the file built in memory', async () => {
    const streamed = await written((out) => writeCsv({ ...table, rows: each(table.rows) }, out));
    expect(streamed.toString('utf8')).toBe(toCsv(table).toString('utf8'));
  });

  it('writes an XLSX with the same cells and number formats as the one built in memory', async () => {
    const streamed = await cells(await written((out) => writeXlsx({ ...table, rows: each(table.rows) }, out)));
    const built = await cells(await toXlsx(table));
    expect(streamed.values).toHaveLength(2 + 1234);
    expect(streamed.values[0][0]).toBe('资产台账（截至 2026-01-01）');
    expect(streamed.values[2]).toEqual(['A-0', '台式计算机0', -0.05, 0]);
    expect(streamed.values).toEqual(built.values);
    expect(streamed.formats).toEqual(built.formats);
  });
});
