/** Reads a register file (CSV or XLSX) into rows of text; its parts are register-sheet, -csv and -xlsx. */
import { RegisterFileRejected } from './import-problem';
import { parseCsvFile } from './register-csv';
import { inMemory, RegisterFileBytes } from './register-file-bytes';
import { ParsedRegisterFile, RegisterFileOptions } from './register-sheet';
import { parseXlsx } from './register-xlsx';

export * from './register-sheet';
export * from './register-file-bytes';

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/**
 * Reads a register export (XLSX or CSV; UTF-8 with or without BOM, or GBK) into header and rows of text.
 * A CSV is read a window at a time; a workbook (compressed, so far smaller than its rows) is read whole.
 */
export async function parseRegisterFile(file: Buffer | RegisterFileBytes, options: RegisterFileOptions = {}): Promise<ParsedRegisterFile> {
  const bytes = Buffer.isBuffer(file) ? inMemory(file) : file;
  if (bytes.length === 0) throw new RegisterFileRejected('IMPORT_FILE_EMPTY', '文件为空');
  const head = bytes.read(0, 8192);
  if (head.subarray(0, 4).equals(XLSX_MAGIC)) return parseXlsx(bytes.read(0, bytes.length), options);
  if (head.subarray(0, 4).equals(OLE2_MAGIC)) {
    throw new RegisterFileRejected('IMPORT_FILE_XLS', '不支持旧版 .xls 文件：请在 Excel 中另存为 .xlsx 或 CSV（UTF-8）后再上传');
  }
  if (head.subarray(0, 2).equals(Buffer.from([0xff, 0xfe])) || head.subarray(0, 2).equals(Buffer.from([0xfe, 0xff]))) {
    throw new RegisterFileRejected('IMPORT_FILE_ENCODING', '文件是 UTF-16 编码：请另存为 CSV（UTF-8）或 .xlsx 后再上传');
  }
  if (head.includes(0)) {
    throw new RegisterFileRejected('IMPORT_FILE_NOT_TABLE', '文件不是 CSV 或 .xlsx 表格（含二进制内容）');
  }
  return parseCsvFile(bytes, options);
}
