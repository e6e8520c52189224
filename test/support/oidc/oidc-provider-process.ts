import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** A real OpenID Connect provider (oidc-provider) in its own process, for the single sign-on tests. */
export async function startOidcProvider(redirectUri: string): Promise<{ issuer: string; stop(): void }> {
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, 'provider.mjs'), redirectUri], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let said = '';
  const issuer = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const ready = /ready (\S+)/.exec(said);
      if (ready) resolve(ready[1]);
    });
    child.stderr?.on('data', (chunk: Buffer) => (said += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the OIDC provider exited (${code}): ${said}`)));
  });
  return { issuer, stop: () => child.kill() };
}

/** Just enough of a browser: follows redirects by hand and keeps each host's cookies (by name). */
export class CookieBrowser {
  private readonly jars = new Map<string, Map<string, string>>();

  async go(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const host = new URL(url).host;
    const jar = this.jars.get(host) ?? new Map<string, string>();
    this.jars.set(host, jar);
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      const value = pair.slice(at + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) jar.delete(pair.slice(0, at));
      else jar.set(pair.slice(0, at), value);
    }
    return response;
  }

  /** Follows redirects until one leads to `stopAt` (not fetched) or a page answers. */
  async follow(url: string, stopAt: string): Promise<string> {
    let next = url;
    for (let hops = 0; hops < 20; hops++) {
      if (next.startsWith(stopAt)) return next;
      const response = await this.go(next);
      const location = response.headers.get('location');
      if (!location) return next;
      next = new URL(location, next).href;
    }
    throw new Error('too many redirects');
  }
}
