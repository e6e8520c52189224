import { ConfigError } from './validate-config';

/**
 * A start-up failure as one line for the operator: what is wrong and, where it helps, what to
 * change. Stack traces say nothing to someone running `npm start`.
 */
export function startupErrorLine(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const errno = error as NodeJS.ErrnoException & { address?: string; port?: number };
  if (errno.code === 'EADDRINUSE' && errno.port !== undefined) return `port ${errno.port} is already in use: set PORT to a free one`;
  if (errno.code === 'ECONNREFUSED' && errno.port !== undefined)
    return `cannot reach PostgreSQL at ${errno.address ?? 'localhost'}:${errno.port} (connection refused): check DATABASE_URL`;
  const lines = error.message
    .split('\n')
    .map((line) => line.replace(/^\s*-\s*/, '').trim())
    .filter(Boolean);
  if (error instanceof ConfigError && lines.length > 1) return `${lines[0]} ${lines.slice(1).join('; ')}`;
  return lines.join('; ') || error.name;
}
