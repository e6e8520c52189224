import * as grpc from '@grpc/grpc-js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface User {
  password: string;
  groups: string[];
}

export type Operation = 'read' | 'write' | 'delete';

/**
 * A secure node: TLS with a throw-away self-signed certificate, HTTP basic credentials on every call (client 6.2.1
 * ignores credentials on an insecure channel, so access control needs TLS), and the legacy stream ACL.
 * Users as a fresh node has them: `admin` in `$admins` and `ops` in `$ops`, both with password `changeit`.
 */
export class EmulatorSecurity {
  readonly users = new Map<string, User>([
    ['admin', { password: 'changeit', groups: ['$admins'] }],
    ['ops', { password: 'changeit', groups: ['$ops'] }],
  ]);
  readonly caFile: string;
  private readonly dir: string;
  private readonly cert: Buffer;
  private readonly key: Buffer;

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'esdb-emulator-tls-'));
    const key = join(this.dir, 'node.key');
    this.caFile = join(this.dir, 'node.crt');
    // prettier-ignore
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', '/CN=eventstoredb-node', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost', '-keyout', key, '-out', this.caFile], { stdio: 'ignore' });
    this.cert = readFileSync(this.caFile);
    this.key = readFileSync(key);
  }

  credentials(): grpc.ServerCredentials {
    return grpc.ServerCredentials.createSsl(null, [{ cert_chain: this.cert, private_key: this.key }], false);
  }

  /** The signed-in user, null for anonymous, or 'unauthenticated' for wrong credentials (HTTP 401, gRPC UNAUTHENTICATED). */
  authenticate(metadata: grpc.Metadata): { login: string; groups: string[] } | null | 'unauthenticated' {
    const header = metadata.get('authorization')[0]?.toString();
    if (!header) return null;
    const [scheme, encoded] = header.split(' ');
    if (scheme !== 'Basic' || !encoded) return 'unauthenticated';
    const decoded = Buffer.from(encoded, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const login = decoded.slice(0, colon);
    const user = this.users.get(login);
    if (!user || user.password !== decoded.slice(colon + 1)) return 'unauthenticated';
    return { login, groups: user.groups };
  }

  /**
   * LegacyStreamPermissionAssertion (src/KurrentDB.Core/Authorization/LegacyStreamPermissionAssertion.cs, v25.1.4):
   * `$admins` (and the system) may do anything; writing or deleting `$all` is denied to all; otherwise the stream's
   * ACL decides. With no `$settings` written, the default ACL of system streams, `$all` among them, is `$admins`
   * only (SystemSettings / StreamMetadata defaults); user streams are open to every signed-in user, and anonymous
   * access to streams is refused (AllowAnonymousStreamAccess is false by default, LegacyPolicySelectorFactory.cs).
   */
  allowed(user: { login: string; groups: string[] } | null, operation: Operation, stream: string): boolean {
    if (stream === '$all' && operation !== 'read') return false;
    if (!user) return false;
    if (user.login === 'admin' || user.groups.includes('$admins')) return true;
    const original = stream.startsWith('$$') ? stream.slice(2) : stream;
    return !original.startsWith('$');
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
