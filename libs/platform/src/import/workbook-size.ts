import { Readable } from 'node:stream';
import JSZip from 'jszip';
import { RegisterFileRejected } from './import-problem';

export interface WorkbookLimits {
  /** Most bytes the workbook's parts may inflate to, together. */
  readonly inflatedBytes: number;
  /** Most texts in its shared strings table. */
  readonly sharedStrings: number;
}

/**
 * A register of 200,000 rows and 60 columns inflates to about half the byte limit; 200,000 rows of 20 distinct
 * texts fill the shared strings limit. Each shared string is held while the sheet is read (about 30 bytes even
 * when short), and sheets read before the shared strings are spilled to the temp folder.
 */
export const WORKBOOK_LIMITS: WorkbookLimits = { inflatedBytes: 1024 * 2 ** 20, sharedStrings: 4_000_000 };

const SHARED_STRING = /<si[\s>]/g;

/** A workbook part's bytes as they inflate. jszip gives an old-style stream; wrapping it makes it async-iterable. */
export const inflatedChunks = (entry: JSZip.JSZipObject): AsyncIterable<Buffer> =>
  new Readable().wrap(entry.nodeStream('nodebuffer')) as AsyncIterable<Buffer>;

/**
 * Inflates every part of the workbook once, counting, before the sheet is read: a small upload that inflates to
 * gigabytes (a zip bomb) or holds tens of millions of shared strings would otherwise exhaust the API's heap or
 * the temp folder instead of being refused. The sizes the zip declares are not trusted: the bytes are counted.
 */
export async function checkWorkbookSize(zip: JSZip, limits: WorkbookLimits = WORKBOOK_LIMITS): Promise<void> {
  let inflated = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const counting = entry.name === 'xl/sharedStrings.xml';
    let strings = 0;
    let carry = '';
    for await (const chunk of inflatedChunks(entry)) {
      inflated += chunk.length;
      if (inflated > limits.inflatedBytes) throw tooLarge(limits);
      if (!counting) continue;
      // Tags are ASCII: latin1 reads them whatever the texts' encoding. A tag cut between chunks is found in the carry.
      const text = carry + chunk.toString('latin1');
      strings += text.match(SHARED_STRING)?.length ?? 0;
      if (strings > limits.sharedStrings) throw tooLarge(limits);
      carry = text.slice(-3);
    }
  }
}

const tooLarge = (limits: WorkbookLimits) =>
  new RegisterFileRejected(
    'IMPORT_WORKBOOK_TOO_LARGE',
    `工作簿解压后过大（超过 ${Math.round(limits.inflatedBytes / 2 ** 20)} MB，或文本超过 ${limits.sharedStrings} 条）：请删除多余的工作表和列，或另存为 CSV（UTF-8）后再上传`,
  );
