import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { Request } from 'express';
import { removeUpload, TemporaryFileStorage, UPLOAD_FILE_PREFIX } from './temporary-file.storage';

const parent = mkdtempSync(join(tmpdir(), 'temporary-file-storage-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

/** Sends `chunks` through the storage as multer would; `failWith` breaks the upload midway. */
function store(storage: TemporaryFileStorage, chunks: Buffer[], failWith?: Error): Promise<{ path: string; size: number }> {
  const stream = new PassThrough();
  const stored = new Promise<{ path: string; size: number }>((resolve, reject) =>
    storage._handleFile({} as Request, { stream } as unknown as Express.Multer.File, (error, info) =>
      error ? reject(error as Error) : resolve(info as { path: string; size: number }),
    ),
  );
  for (const chunk of chunks) stream.write(chunk);
  if (failWith) stream.destroy(failWith);
  else stream.end();
  return stored;
}

describe('TemporaryFileStorage', () => {
  const storage = new TemporaryFileStorage(() => parent);
  const chunks = Array.from({ length: 40 }, (_, i) => Buffer.alloc(1000 + i * 37, 65 + (i % 26)));

  it('writes the upload byte for byte to a file only its owner may read, deleted by removeUpload', async () => {
    const { path, size } = await store(storage, chunks);
    expect(size).toBe(Buffer.concat(chunks).length);
    expect(readFileSync(path).equals(Buffer.concat(chunks))).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    await new Promise<void>((done) => removeUpload({ path }, done));
    expect(existsSync(path)).toBe(false);
  });

  it('gives every upload a file of its own, and an empty upload an empty file', async () => {
    const [a, b] = await Promise.all([store(storage, chunks), store(storage, [])]);
    expect(a.path).not.toBe(b.path);
    expect([b.size, readFileSync(b.path).length]).toEqual([0, 0]);
  });

  it('leaves no file behind when the upload breaks off', async () => {
    const own = mkdtempSync(join(parent, 'broken-'));
    await expect(store(new TemporaryFileStorage(() => own), chunks, new Error('connection reset'))).rejects.toThrow('connection reset');
    expect(readdirSync(own)).toEqual([]);
  });

  it('names each file with the upload prefix and the process id', async () => {
    const { path } = await store(storage, chunks);
    expect(path.startsWith(join(parent, `${UPLOAD_FILE_PREFIX}${process.pid}-`))).toBe(true);
  });
});
