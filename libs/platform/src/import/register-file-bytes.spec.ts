import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { onDisk, parseRegisterFile, RegisterFileOptions } from './register-file.parser';

const dir = mkdtempSync(join(tmpdir(), 'register-file-bytes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** With 1-byte slices a window is 1 MiB + 2 bytes (a slice, the longest record, one more). */
const WINDOW = 2 ** 20 + 2;

/**
 * About 2.5 MiB of register rows whose 名称 is long Chinese text, padded so that the first window's end
 * falls inside a character: a cut there would split it, and the check for UTF-8 would fail on a UTF-8 file.
 */
function register(encode: (text: string) => Buffer): Buffer {
  const rows = Array.from({ length: 2600 }, (_, i) => `JY-${i},${'资产名称很长的说明文字'.repeat(30)}${i},备注`);
  for (let pad = ''; ; pad += 'x') {
    const bytes = encode(`资产编号${pad},名称,备注\n${rows.join('\n')}\n`);
    if ((bytes[WINDOW] & 0xc0) === 0x80) return bytes;
  }
}

async function bothWays(bytes: Buffer, options: RegisterFileOptions) {
  const path = join(dir, `${Math.random()}.csv`);
  writeFileSync(path, bytes);
  return { memory: await parseRegisterFile(bytes), disk: await onDisk(path, (file) => parseRegisterFile(file, options)) };
}

describe('a register CSV read from the disk a window at a time', () => {
  it.each([
    ['UTF-8', (text: string) => Buffer.from(text, 'utf8'), 'utf-8'],
    ['GBK', (text: string) => iconv.encode(text, 'gbk'), 'gbk'],
  ] as const)('reads %s as the whole file in memory does, a window ending inside a character', async (_name, encode, encoding) => {
    for (const csvSliceBytes of [1, undefined]) {
      const { memory, disk } = await bothWays(register(encode), { csvSliceBytes });
      expect(disk.encoding).toBe(encoding);
      expect(disk.rows.length).toBe(2600);
      expect(disk).toEqual(memory);
    }
  });

  it('finds bytes that are not UTF-8 past the first window: the file is GBK', async () => {
    const utf8 = register((text) => Buffer.from(text, 'utf8'));
    const gbkTail = iconv.encode('JY-末,台式计算机,备注\n', 'gbk');
    const { memory, disk } = await bothWays(Buffer.concat([utf8, gbkTail]), { csvSliceBytes: 1 });
    expect([memory.encoding, disk.encoding]).toEqual(['gbk', 'gbk']);
  });

  it('reads a workbook whole, as in memory', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('资产卡片');
    sheet.addRow(['资产编号', '名称', '原值']);
    for (let i = 0; i < 500; i++) sheet.addRow([`JY-${i}`, '台式计算机', 4999 + i]);
    const { memory, disk } = await bothWays(Buffer.from(await book.xlsx.writeBuffer()), {});
    expect([disk.encoding, disk.rows.length]).toEqual(['xlsx', 500]);
    expect(disk).toEqual(memory);
  });
});
