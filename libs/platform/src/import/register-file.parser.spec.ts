import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { parseRegisterFile } from './register-file.parser';

const CSV = '资产编号,名称,原值\nJY-1,台式计算机,"4,999.00"\n';

async function workbook(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet('资产卡片'));
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function rejection(bytes: Buffer): Promise<string> {
  try {
    await parseRegisterFile(bytes);
  } catch (error: unknown) {
    return (error as { code: string }).code;
  }
  throw new Error('the file was read');
}

describe('parseRegisterFile', () => {
  it('reads UTF-8 CSV with and without a BOM and says which it was', async () => {
    const plain = await parseRegisterFile(Buffer.from(CSV, 'utf8'));
    const bom = await parseRegisterFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV, 'utf8')]));
    for (const file of [plain, bom]) {
      expect(file.headers).toEqual(['资产编号', '名称', '原值']);
      expect(file.rows).toEqual([{ rowNumber: 2, cells: ['JY-1', '台式计算机', '4,999.00'] }]);
    }
    expect([plain.encoding, bom.encoding]).toEqual(['utf-8', 'utf-8-bom']);
  });

  it('reads a CSV Excel saved as GBK (not valid UTF-8) as GBK', async () => {
    const file = await parseRegisterFile(iconv.encode(CSV, 'gbk'));
    expect(file.encoding).toBe('gbk');
    expect(file.headers).toEqual(['资产编号', '名称', '原值']);
    expect(file.rows[0].cells[1]).toBe('台式计算机');
  });

  it('refuses files it cannot read, each with its own code', async () => {
    expect(await rejection(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('IMPORT_FILE_XLS');
    expect(await rejection(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]))).toBe('IMPORT_FILE_XLSX');
    expect(await rejection(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))).toBe('IMPORT_FILE_NOT_TABLE');
    expect(await rejection(Buffer.from('资产编号,名称\n"JY-1,台式\n', 'utf8'))).toBe('IMPORT_FILE_CSV');
    expect(await rejection(Buffer.alloc(0))).toBe('IMPORT_FILE_EMPTY');
    expect(await rejection(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV, 'utf16le')]))).toBe('IMPORT_FILE_ENCODING');
  });

  it('reads an XLSX sheet: text, numbers and dates as text, header from the first filled row', async () => {
    const bytes = await workbook((sheet) => {
      sheet.addRow(['资产编号', '名称', '原值', '取得日期']);
      sheet.addRow(['JY-1', '台式计算机', 4999.5, new Date(Date.UTC(2023, 4, 10))]);
    });
    const file = await parseRegisterFile(bytes);
    expect(file).toMatchObject({ format: 'xlsx', encoding: 'xlsx', headers: ['资产编号', '名称', '原值', '取得日期'], problems: [] });
    expect(file.rows).toEqual([{ rowNumber: 2, cells: ['JY-1', '台式计算机', '4999.5', '2023-05-10'] }]);
  });

  it('reports formula cells and merged cells per cell instead of reading them', async () => {
    const bytes = await workbook((sheet) => {
      sheet.addRow(['资产编号', '名称', '原值']);
      sheet.addRow(['JY-1', '台式计算机', { formula: '1000*5', result: 5000 }]);
      sheet.addRow(['JY-2', '办公椅', 300]);
      sheet.addRow(['JY-3', null, 300]);
      sheet.mergeCells('B3:B4');
    });
    const file = await parseRegisterFile(bytes);
    expect(file.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'C2', 'FORMULA_CELL'],
      [3, 'B3', 'MERGED_CELL'],
    ]);
    expect(file.problems[1].problem).toContain('B3:B4');
  });
});
