import { PassThrough } from 'node:stream';
import type { Request } from 'express';
import { SingleBufferStorage } from './single-buffer.storage';

/** Sends `chunks` through the storage as multer would, with or without a declared Content-Length. */
function store(chunks: Buffer[], contentLength?: number): Promise<{ buffer: Buffer; size: number }> {
  const stream = new PassThrough();
  const req = { headers: contentLength === undefined ? {} : { 'content-length': String(contentLength) } } as unknown as Request;
  const stored = new Promise<{ buffer: Buffer; size: number }>((resolve, reject) =>
    new SingleBufferStorage(1 << 20)._handleFile(req, { stream } as unknown as Express.Multer.File, (error, info) =>
      error ? reject(error as Error) : resolve(info as { buffer: Buffer; size: number }),
    ),
  );
  for (const chunk of chunks) stream.write(chunk);
  stream.end();
  return stored;
}

describe('SingleBufferStorage', () => {
  const chunks = Array.from({ length: 40 }, (_, i) => Buffer.alloc(1000 + i * 37, 65 + (i % 26)));
  const whole = Buffer.concat(chunks);

  it.each([
    ['the body length declared (the file is most of it)', whole.length + 300],
    ['no length declared', undefined],
    ['a declared length shorter than the file: grown as chunks come', 10],
  ])('keeps the file byte for byte: %s', async (_case, declared) => {
    const { buffer, size } = await store(chunks, declared);
    expect(size).toBe(whole.length);
    expect(buffer.equals(whole)).toBe(true);
  });

  it('gives an empty file as an empty buffer', async () => {
    const { buffer, size } = await store([], 200);
    expect([size, buffer.length]).toEqual([0, 0]);
  });
});
