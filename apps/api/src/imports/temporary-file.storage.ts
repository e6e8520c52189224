import { createWriteStream, rm } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import type { StorageEngine } from 'multer';

type Done = (error?: unknown, info?: Partial<Express.Multer.File>) => void;

/** Upload files are named this, then the process id and a UUID. */
export const UPLOAD_FILE_PREFIX = 'cloud-warehouse-upload-';

/**
 * Writes an uploaded register file to a temporary file (only this process's user may read it) instead of
 * keeping it in memory: a CSV is then parsed a window at a time from the disk, so a 100 MB upload costs the
 * API its rows, not its bytes, and several uploads at once do not add up to hundreds of MB. The files go to
 * the system's temporary folder (in Kubernetes, the API's /tmp volume), named with the process id; the upload
 * interceptor deletes each once its request is answered, multer on a refused upload.
 */
export class TemporaryFileStorage implements StorageEngine {
  constructor(private readonly folder: () => string = tmpdir) {}

  _handleFile(_req: Request, file: Express.Multer.File, done: Done): void {
    const path = join(this.folder(), `${UPLOAD_FILE_PREFIX}${process.pid}-${randomUUID()}`);
    const out = createWriteStream(path, { flags: 'wx', mode: 0o600 });
    let size = 0;
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      out.destroy();
      rm(path, { force: true }, () => done(error));
    };
    file.stream.on('data', (chunk: Buffer) => (size += chunk.length));
    file.stream.once('error', fail);
    out.once('error', fail);
    out.once('finish', () => !failed && done(null, { path, size }));
    file.stream.pipe(out);
  }

  _removeFile(_req: Request, file: Express.Multer.File, done: (error: Error | null) => void): void {
    removeUpload(file, () => done(null));
  }
}

/** Deletes an upload's temporary file (nothing when there is none). */
export function removeUpload(file: Pick<Express.Multer.File, 'path'> | undefined, then: () => void = () => {}): void {
  if (!file?.path) return then();
  rm(file.path, { force: true }, () => then());
}
