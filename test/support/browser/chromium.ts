import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const PACKAGES = ['chromium', 'fonts-noto-cjk'];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function findChromium(): string | null {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return existsSync(configured) ? configured : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

function hasCjkFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}

/** Test files run in parallel workers: one installs, the others wait for it. */
function withInstallLock<T>(run: () => T): T {
  const lock = join(tmpdir(), 'cloud-warehouse-chromium-install.lock');
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`waited too long for ${lock}; remove it if no install is running`);
      execFileSync('sleep', ['2']);
    }
  }
  try {
    return run();
  } finally {
    rmdirSync(lock);
  }
}

/**
 * The Chromium the browser tests drive. When it (or a Chinese font) is missing, Debian's packages are
 * installed with apt-get if this process may (root); otherwise the tests stop with a message naming
 * the packages. Browser tests are never skipped.
 */
export function ensureChromium(): string {
  const found = findChromium();
  if (found && hasCjkFont()) return found;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt || process.env.CHROMIUM_PATH) {
    throw new Error(
      `Browser tests need Chromium and a Chinese font: install the Debian packages ${PACKAGES.join(' and ')} ` +
        `(sudo apt-get install -y ${PACKAGES.join(' ')}), or set CHROMIUM_PATH to a Chromium executable.`,
    );
  }
  return withInstallLock(() => {
    const again = findChromium();
    if (again && hasCjkFont()) return again;
    console.log(`installing ${PACKAGES.join(', ')} with apt-get for the browser tests …`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...PACKAGES], { stdio: 'inherit', env });
    const installed = findChromium();
    if (!installed) throw new Error(`apt-get installed ${PACKAGES.join(', ')} but no Chromium was found at ${CANDIDATES.join(' or ')}`);
    return installed;
  });
}
