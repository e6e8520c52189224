/** CSV register files, read a slice at a time. */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { parse as parseCsv } from 'csv-parse/sync';
import { RegisterFileRejected } from './import-problem';
import type { RegisterFileBytes } from './register-file-bytes';
import {
  KeptColumns,
  MAX_IMPORT_ROWS,
  ParsedRegisterFile,
  RegisterFileEncoding,
  RegisterFileOptions,
  SheetRow,
  tooManyRows,
} from './register-sheet';

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Bytes of CSV read and parsed at a time: the file's text is never held whole, only its rows. */
const CSV_SLICE_BYTES = 2 ** 20;
/** Longest CSV record (one row) read: a register's row is far shorter; a longer one is an unclosed quote or not a register. */
const MAX_CSV_RECORD_BYTES = 2 ** 20;

/**
 * Where a window of UTF-8 may be cut: before the lead byte of a character its end would split (a
 * character is at most 4 bytes: a longer run of continuation bytes is not UTF-8 anyway).
 */
function utf8Cut(window: Buffer): number {
  for (let back = 1; back <= 4 && back <= window.length; back++) {
    const byte = window[window.length - back];
    if ((byte & 0xc0) !== 0x80) return byte >= 0xc0 ? window.length - back : window.length;
  }
  return window.length;
}

/** Whether the whole file is UTF-8, checked a window at a time. */
function isUtf8Throughout(bytes: RegisterFileBytes, windowBytes: number): boolean {
  for (let start = 0; start < bytes.length;) {
    const window = bytes.read(start, start + windowBytes);
    const cut = start + window.length >= bytes.length ? window.length : utf8Cut(window);
    if (cut === 0 || !isUtf8(window.subarray(0, cut))) return false;
    start += cut;
  }
  return true;
}

/** The file's encoding: a BOM says UTF-8; otherwise valid UTF-8 is UTF-8, anything else is taken as GBK. */
function csvEncoding(bytes: RegisterFileBytes, windowBytes: number): RegisterFileEncoding {
  if (bytes.read(0, 3).equals(UTF8_BOM)) return 'utf-8-bom';
  // Not UTF-8: Excel on a Chinese Windows saves CSV as GBK (code page 936).
  return isUtf8Throughout(bytes, windowBytes) ? 'utf-8' : 'gbk';
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
 * Where a slice of about `size` bytes from the window's start ends: just after a line break outside quotes (a
 * quoted field may hold line breaks). In UTF-8 and GBK the bytes of `"` and `\n` never occur inside a
 * multi-byte character, so the bytes can be cut before they are decoded.
 */
function csvSliceEnd(bytes: Buffer, size: number): number {
  if (size >= bytes.length) return bytes.length;
  let from = 0;
  for (;;) {
    const open = bytes.indexOf(0x22, from);
    const outsideEnd = open === -1 ? bytes.length : open;
    if (outsideEnd > size) {
      const lineBreak = bytes.indexOf(0x0a, Math.max(from, size));
      if (lineBreak !== -1 && lineBreak < outsideEnd) return lineBreak + 1;
    }
    // An unclosed quote: the rest is one slice, and the parser names the line.
    const close = open === -1 ? -1 : bytes.indexOf(0x22, open + 1);
    if (close === -1) return bytes.length;
    from = close + 1;
  }
}

/** A CSV record as csv-parse gives it with `info`: its cells and the line it ends on. */
type CsvRecord = { record: string[]; info: { lines: number } };

function parseCsvSlice(text: string, linesBefore: number): CsvRecord[] {
  try {
    return parseCsv(text, { info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as CsvRecord[];
  } catch (error: unknown) {
    const line = (error as { lines?: number }).lines;
    throw new RegisterFileRejected(
      'IMPORT_FILE_CSV',
      `CSV 格式有误${line ? `（第 ${linesBefore + line} 行附近）` : ''}：引号未闭合或字段格式不对，请检查后再上传`,
    );
  }
}

/**
 * A CSV file, read a window at a time: the window is a slice's size plus the longest record, so the slice's
 * end (the end of the record holding its target size) is always inside it, or the record is too long.
 */
export function parseCsvFile(bytes: RegisterFileBytes, options: RegisterFileOptions): ParsedRegisterFile {
  const sliceBytes = options.csvSliceBytes ?? CSV_SLICE_BYTES;
  const windowBytes = sliceBytes + MAX_CSV_RECORD_BYTES + 1;
  const encoding = csvEncoding(bytes, windowBytes);
  let headers: string[] | null = null;
  let columns: KeptColumns | null = null;
  const rows: SheetRow[] = [];
  let linesBefore = 0;
  for (let start = encoding === 'utf-8-bom' ? 3 : 0; start < bytes.length;) {
    const window = bytes.read(start, start + windowBytes);
    const end = csvSliceEnd(window, sliceBytes);
    if (end > sliceBytes + MAX_CSV_RECORD_BYTES) {
      throw new RegisterFileRejected(
        'IMPORT_FILE_CSV',
        `CSV 第 ${linesBefore + 1} 行之后有一行超过 1 MB（多半是引号未闭合）：请检查后再上传`,
      );
    }
    const slice = window.subarray(0, end);
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
    start += end;
  }
  if (headers === null || columns === null) throw new RegisterFileRejected('IMPORT_FILE_EMPTY', '文件中没有表头和数据');
  return { format: 'csv', encoding, headers, cellSlots: columns.slots, rows, problems: [], unread: new Set() };
}

function countLineBreaks(bytes: Buffer): number {
  let n = 0;
  for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) n++;
  return n;
}
