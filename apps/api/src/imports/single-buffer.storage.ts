import type { Request } from 'express';
import type { StorageEngine } from 'multer';

type Done = (error?: unknown, info?: Partial<Express.Multer.File>) => void;

/**
 * Keeps an uploaded file in memory as one buffer. Multer's memory storage keeps every chunk and joins them
 * at the end, so a 100 MB register file is held twice at that moment. Here each chunk is copied into one
 * buffer as it arrives: sized from the request's Content-Length (the file is nearly all of the body; pages
 * of a large allocation take memory only once written), or grown by doubling when no length is given.
 * The file size limit still applies: the parser stops the file at `limits.fileSize`.
 */
export class SingleBufferStorage implements StorageEngine {
  constructor(private readonly maxBytes: number) {}

  _handleFile(req: Request, file: Express.Multer.File, done: Done): void {
    const declared = Number(req.headers['content-length']);
    const first = Number.isSafeInteger(declared) && declared > 0 ? Math.min(declared, this.maxBytes) : 1 << 20;
    let buffer = Buffer.allocUnsafe(first);
    let size = 0;
    file.stream.on('data', (chunk: Buffer) => {
      if (size + chunk.length > buffer.length) {
        const grown = Buffer.allocUnsafe(Math.max(buffer.length * 2, size + chunk.length));
        buffer.copy(grown, 0, 0, size);
        buffer = grown;
      }
      chunk.copy(buffer, size);
      size += chunk.length;
    });
    file.stream.once('error', (error: Error) => done(error));
    file.stream.once('end', () => done(null, { buffer: buffer.subarray(0, size), size }));
  }

  _removeFile(_req: Request, file: Express.Multer.File, done: (error: Error | null) => void): void {
    (file as { buffer?: Buffer }).buffer = undefined;
    done(null);
  }
}
