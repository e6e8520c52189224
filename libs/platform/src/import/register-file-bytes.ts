/** A register file's bytes, wherever they are: in memory, or in the file an upload was written to. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export interface RegisterFileBytes {
  readonly length: number;
  /**
   * Bytes from `start` up to `end` (or the end of the file). The buffer may be reused by the next read:
   * copy what must outlive it (decoding a slice to text does).
   */
  read(start: number, end: number): Buffer;
}

export const inMemory = (buffer: Buffer): RegisterFileBytes => ({
  length: buffer.length,
  read: (start, end) => buffer.subarray(start, Math.min(end, buffer.length)),
});

/** Reads of up to this many bytes share one buffer; a larger read (a whole workbook) gets its own. */
const SHARED_WINDOW_BYTES = 4 * 2 ** 20;

/**
 * A file read a window at a time: a 100 MB CSV upload is parsed 1 MiB at a time without its bytes ever
 * being held whole, each window read into the same buffer (a new one each time would leave a hundred
 * MiB of buffers for the collector). `use` closes the file when `read` is done with it.
 */
export async function onDisk<T>(path: string, use: (bytes: RegisterFileBytes) => Promise<T>): Promise<T> {
  const fd = openSync(path, 'r');
  let shared: Buffer | null = null;
  try {
    const length = fstatSync(fd).size;
    return await use({
      length,
      read: (start, end) => {
        const size = Math.max(0, Math.min(end, length) - start);
        const window =
          size > SHARED_WINDOW_BYTES ? Buffer.allocUnsafe(size) : (shared ??= Buffer.allocUnsafe(SHARED_WINDOW_BYTES)).subarray(0, size);
        let filled = 0;
        while (filled < window.length) {
          const n = readSync(fd, window, filled, window.length - filled, start + filled);
          if (n === 0) break;
          filled += n;
        }
        return window.subarray(0, filled);
      },
    });
  } finally {
    closeSync(fd);
  }
}
