/**
 * Register files as a 资产卡片 export writes them, for the import benchmarks: CSV (UTF-8 or GBK) and XLSX,
 * with an optional 备注 column of long Chinese text to make the widest file the upload limit allows.
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { FIELD_LABELS, IMPORT_FIELDS } from '@app/assets/import/register-columns';

/** The first twelve fields, as a 资产卡片 export heads them (资产编号 … 使用状况). */
const HEADERS = IMPORT_FIELDS.slice(0, 12).map((field) => FIELD_LABELS[field]);
const CODES = ['A02010100', 'A02010000', 'A05010000', 'A02000000'];
const REMARK = '多功能会议室投影设备及配套音响系统，含安装调试与三年维保。'.repeat(8);

export interface RegisterFileShape {
  readonly rows: number;
  /** Characters of 备注 on each row (0: no such column). */
  readonly remarkChars?: number;
  /** Asset numbers start with this, so two files never share one. */
  readonly prefix?: string;
}

function row(i: number, shape: RegisterFileShape): string[] {
  const value = 100_00 + (i % 5000) * 37;
  const cells = [
    `${shape.prefix ?? 'BENCH'}-${String(i).padStart(6, '0')}`,
    `台式计算机${i % 97}`,
    CODES[i % CODES.length],
    '办公室',
    `职工${i % 300}`,
    `行政楼${i % 40}室`,
    `20${String(10 + (i % 15)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
    (value / 100).toFixed(2),
    ((value / 400) | 0).toFixed(2),
    '1',
    '台',
    i % 10 === 0 ? '闲置' : '在用',
  ];
  if (shape.remarkChars) cells.push(`${REMARK.slice(0, shape.remarkChars - String(i).length)}${i}`);
  return cells;
}

const headers = (shape: RegisterFileShape) => (shape.remarkChars ? [...HEADERS, '备注'] : HEADERS);

/** The file as CSV: written in parts, so the generator never holds the file as one string. */
export function registerCsv(shape: RegisterFileShape, encoding: 'utf8' | 'gbk' = 'utf8'): Buffer {
  const parts: Buffer[] = [];
  const encode = (text: string) => (encoding === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.from(text, 'utf8'));
  parts.push(encode(`${headers(shape).join(',')}\n`));
  for (let from = 0; from < shape.rows; from += 10_000) {
    const lines: string[] = [];
    for (let i = from; i < Math.min(shape.rows, from + 10_000); i++) lines.push(row(i, shape).join(','));
    parts.push(encode(`${lines.join('\n')}\n`));
  }
  return Buffer.concat(parts);
}

/** The file as a workbook of one sheet (shared strings, as Excel saves it). */
export async function registerXlsx(shape: RegisterFileShape, path: string): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const sheet = book.addWorksheet('资产卡片');
  sheet.addRow(headers(shape)).commit();
  for (let i = 0; i < shape.rows; i++) sheet.addRow(row(i, shape)).commit();
  sheet.commit();
  await book.commit();
}
