import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { cellOf, MAX_IMPORT_ROWS, parseRegisterFile } from './register-file.parser';

const CSV = '资产编号,名称,原值\nJY-1,台式计算机,"4,999.00"\n';

async function workbook(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet('资产卡片'));
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function rejection(bytes: Buffer, options?: Parameters<typeof parseRegisterFile>[1]): Promise<string> {
  try {
    await parseRegisterFile(bytes, options);
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

  describe('a CSV read in slices', () => {
    // Quoted fields with commas, doubled quotes and line breaks, an empty line, CRLF and GBK: every cut must
    // fall between records, so each slice size gives what one slice gives.
    const TRICKY =
      '资产编号,名称,备注\r\n' +
      'JY-1,"台式计算机, 联想","第一行\n第二行"\r\n' +
      '\r\n' +
      'JY-2,"办公椅 ""人体工学""",\r\n' +
      'JY-3,"书柜\n\n(三门)","""引号"" 开头"\r\n' +
      'JY-4,投影仪,末行\r\n';

    it.each([
      ['UTF-8', Buffer.from(TRICKY, 'utf8')],
      ['GBK', iconv.encode(TRICKY, 'gbk')],
    ])('gives the same rows and row numbers at every slice size (%s)', async (_name, bytes) => {
      const whole = await parseRegisterFile(bytes);
      expect(whole.rows.map((r) => [r.rowNumber, r.cells[0]])).toEqual([
        [3, 'JY-1'],
        [5, 'JY-2'],
        [8, 'JY-3'],
        [9, 'JY-4'],
      ]);
      expect(whole.rows[2].cells).toEqual(['JY-3', '书柜\n\n(三门)', '"引号" 开头']);
      for (let size = 1; size <= bytes.length; size++) {
        expect(await parseRegisterFile(bytes, { csvSliceBytes: size })).toEqual(whole);
      }
    });

    it('names the line of a broken quote counted over the whole file, not the slice', async () => {
      // Slices of 8 bytes put the header, JY-1 and JY-2 in slices of their own before the broken line 4.
      const bytes = Buffer.from('资产编号,名称\nJY-1,台式\nJY-2,椅子\nJY-3,"书柜\n', 'utf8');
      for (const options of [{}, { csvSliceBytes: 8 }]) {
        const read = parseRegisterFile(bytes, options);
        await expect(read).rejects.toMatchObject({ code: 'IMPORT_FILE_CSV', problem: expect.stringContaining('第 4 行附近') });
      }
    });

    it('refuses a row longer than 1 MB (an unclosed quote) without parsing the rest as one field', async () => {
      const bytes = Buffer.concat([Buffer.from('资产编号,名称\nJY-1,台式\nJY-2,"', 'utf8'), Buffer.alloc(2 * 2 ** 20 + 10, 0x61)]);
      const read = parseRegisterFile(bytes, { csvSliceBytes: 64 });
      await expect(read).rejects.toMatchObject({ code: 'IMPORT_FILE_CSV', problem: expect.stringContaining('超过 1 MB') });
    });

    it('stops at the first row over the limit without reading on', async () => {
      const lines = ['资产编号', ...Array.from({ length: MAX_IMPORT_ROWS + 20_000 }, (_, i) => `JY-${i}`), '"unclosed'];
      // The unclosed quote, slices after the limit, is never reached: the refusal is the row count, not the quote.
      expect(await rejection(Buffer.from(lines.join('\n'), 'utf8'), { csvSliceBytes: 64 * 1024 })).toBe('IMPORT_TOO_MANY_ROWS');
    });
  });

  describe('kept columns', () => {
    const headers = Array.from({ length: 300 }, (_, i) => `列${i}`);
    const row = (n: number) => headers.map((_, i) => `${n}-${i}`);
    const keep = () => [250, 3, 3, 999];

    it('holds only the cells of the columns asked for, read by their header column', async () => {
      const csv = Buffer.from([headers, row(1), row(2)].map((r) => r.join(',')).join('\n'), 'utf8');
      const xlsx = await workbook((sheet) => [headers, row(1), row(2)].forEach((r) => sheet.addRow(r)));
      for (const bytes of [csv, xlsx]) {
        const file = await parseRegisterFile(bytes, { keepColumns: keep });
        expect(file.headers).toEqual(headers);
        // Column 999 is past the header: dropped; 3 asked twice is kept once; order follows the header.
        expect(file.rows.map((r) => r.cells)).toEqual([
          ['1-3', '1-250'],
          ['2-3', '2-250'],
        ]);
        expect([cellOf(file, file.rows[1], 250), cellOf(file, file.rows[1], 3), cellOf(file, file.rows[1], 4)]).toEqual([
          '2-250',
          '2-3',
          '',
        ]);
      }
    });

    it('keeps every cell when not asked for fewer', async () => {
      const file = await parseRegisterFile(Buffer.from([headers, row(1)].map((r) => r.join(',')).join('\n'), 'utf8'));
      expect(file.rows[0].cells).toHaveLength(300);
      expect(cellOf(file, file.rows[0], 299)).toBe('1-299');
    });
  });

  it('refuses files it cannot read, each with its own code', async () => {
    expect(await rejection(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('IMPORT_FILE_XLS');
    expect(await rejection(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]))).toBe('IMPORT_FILE_XLSX');
    expect(await rejection(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))).toBe('IMPORT_FILE_NOT_TABLE');
    expect(await rejection(Buffer.from('资产编号,名称\n"JY-1,台式\n', 'utf8'))).toBe('IMPORT_FILE_CSV');
    expect(await rejection(Buffer.alloc(0))).toBe('IMPORT_FILE_EMPTY');
    expect(await rejection(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV, 'utf16le')]))).toBe('IMPORT_FILE_ENCODING');
  });

  it('refuses a workbook that inflates past the limits before reading its sheet, counting the bytes and texts it holds', async () => {
    const bytes = await workbook((sheet) => {
      sheet.addRow(['资产编号', '名称']);
      for (let i = 0; i < 50; i++) sheet.addRow([`JY-${i}`, `名称${i}`]);
    });
    const read = (workbookLimits: { inflatedBytes: number; sharedStrings: number }) => rejection(bytes, { workbookLimits });
    // 102 distinct texts: over a limit of 101, within one of 102.
    expect(await read({ inflatedBytes: 2 ** 30, sharedStrings: 101 })).toBe('IMPORT_WORKBOOK_TOO_LARGE');
    expect(await read({ inflatedBytes: bytes.length, sharedStrings: 102 })).toBe('IMPORT_WORKBOOK_TOO_LARGE');
    const file = await parseRegisterFile(bytes, { workbookLimits: { inflatedBytes: 2 ** 30, sharedStrings: 102 } });
    expect(file.rows).toHaveLength(50);
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
