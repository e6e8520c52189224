import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { IsOptional, IsString } from 'class-validator';
import { moduleConfig, ModuleConfig } from '../config/module-config';

export class FilesConfig {
  /** Where uploaded photos are kept (content-addressed); by default `files` under DATA_DIR. */
  @IsOptional()
  @IsString()
  FILES_DIR?: string;

  /** The system's data folder (embedded database, secrets, files). */
  @IsOptional()
  @IsString()
  DATA_DIR?: string;
}

export function filesDir(config: FilesConfig): string {
  return resolve(config.FILES_DIR ?? join(config.DATA_DIR ?? '.data', 'files'));
}

export const filesConfig = moduleConfig('files', FilesConfig);

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const SIGNATURES: { contentType: string; test: (b: Buffer) => boolean }[] = [
  { contentType: 'image/jpeg', test: (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { contentType: 'image/png', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  {
    contentType: 'image/webp',
    test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
];

export interface StoredFile {
  readonly fileId: string;
  readonly contentType: string;
  readonly size: number;
}

export class FileRejectedError extends Error {
  constructor(
    readonly code: 'FILE_TOO_LARGE' | 'FILE_TYPE_NOT_ALLOWED' | 'FILE_EMPTY',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Photos referenced by listing events. The id is the SHA-256 of the bytes, so an event's
 * reference also proves which bytes it meant; the type is read from the bytes, not trusted.
 */
@Injectable()
export class FileStore {
  private readonly dir: string;

  constructor(@Inject(filesConfig.KEY) config: ModuleConfig<typeof filesConfig>) {
    this.dir = filesDir(config);
  }

  async save(bytes: Buffer): Promise<StoredFile> {
    if (bytes.length === 0) throw new FileRejectedError('FILE_EMPTY', 'the file is empty');
    if (bytes.length > MAX_FILE_BYTES) throw new FileRejectedError('FILE_TOO_LARGE', `files may be at most ${MAX_FILE_BYTES} bytes`);
    const kind = SIGNATURES.find((s) => s.test(bytes));
    if (!kind) throw new FileRejectedError('FILE_TYPE_NOT_ALLOWED', 'only JPEG, PNG and WebP images are accepted');
    const fileId = createHash('sha256').update(bytes).digest('hex');
    const stored: StoredFile = { fileId, contentType: kind.contentType, size: bytes.length };
    await mkdir(this.dir, { recursive: true });
    await writeFile(join(this.dir, fileId), bytes);
    await writeFile(join(this.dir, `${fileId}.json`), JSON.stringify(stored));
    return stored;
  }

  async describe(fileId: string): Promise<StoredFile | null> {
    if (!/^[a-f0-9]{64}$/.test(fileId)) return null;
    try {
      return JSON.parse(await readFile(join(this.dir, `${fileId}.json`), 'utf8')) as StoredFile;
    } catch {
      return null;
    }
  }

  async read(fileId: string): Promise<{ file: StoredFile; bytes: Buffer } | null> {
    const file = await this.describe(fileId);
    if (!file) return null;
    await stat(join(this.dir, fileId));
    return { file, bytes: await readFile(join(this.dir, fileId)) };
  }
}
