import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validateConfig } from '../config/validate-config';
import { FilesConfig, FileStore, filesDir } from './file-store';

/** The store as the files module builds it: settings read and validated from the environment. */
const store = () => new FileStore(validateConfig(FilesConfig));

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('pixels')]);

describe('where uploaded files are kept', () => {
  const saved = { FILES_DIR: process.env.FILES_DIR, DATA_DIR: process.env.DATA_DIR };
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'files-under-data-dir-'));
    delete process.env.FILES_DIR;
  });
  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
    for (const [key, value] of Object.entries(saved))
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
  });

  it('given DATA_DIR and no FILES_DIR, when a photo is uploaded, then it is stored under DATA_DIR/files', async () => {
    process.env.DATA_DIR = dataDir;
    const stored = await store().save(PNG);
    expect(existsSync(join(dataDir, 'files', stored.fileId))).toBe(true);
    expect((await store().read(stored.fileId))?.bytes.equals(PNG)).toBe(true);
  });

  it('prefers FILES_DIR, and falls back to ./.data/files when neither is set', () => {
    expect(filesDir({ FILES_DIR: '/srv/photos', DATA_DIR: dataDir })).toBe('/srv/photos');
    expect(filesDir({ DATA_DIR: dataDir })).toBe(join(dataDir, 'files'));
    expect(filesDir({})).toBe(resolve('.data', 'files'));
  });
});
