import type { components } from '../api/schema';

export type ActorView = components['schemas']['ActorView'];
export type Role = ActorView['role'];

export interface Session {
  /** Short-lived access token (minutes). */
  readonly token: string;
  /** Exchanged for the next access token when it expires; each works once. */
  readonly refreshToken?: string;
  readonly actor: ActorView;
  /** The initial password must be changed before anything else. */
  readonly mustChangePassword?: boolean;
}

const KEY = 'session';
type Listener = (reason: 'signed-in' | 'signed-out' | 'expired' | 'refreshed') => void;

/**
 * The signed-in person, kept in localStorage so a reload keeps you signed in. Every way of signing in
 * (password, demo users, single sign-on) ends by calling `signIn(session)`. An expired access token is
 * refreshed silently (one refresh at a time, shared by every request that met the 401); only when the
 * refresh is refused does the person go back to sign-in (forms keep their drafts).
 */
class SessionStore {
  private listeners = new Set<Listener>();
  private refreshing: Promise<boolean> | null = null;
  /** Why the last session ended; sign-in tells an expired person that their work was kept. */
  endedBy: 'expired' | 'signed-out' | null = null;

  current(): Session | null {
    try {
      const raw = localStorage.getItem(KEY);
      return raw ? (JSON.parse(raw) as Session) : null;
    } catch {
      return null;
    }
  }

  signIn(next: Session): void {
    localStorage.setItem(KEY, JSON.stringify(next));
    this.endedBy = null;
    this.emit('signed-in');
  }

  /** The initial password was changed: the same session goes on, now unrestricted. */
  passwordChanged(): void {
    const now = this.current();
    if (now) localStorage.setItem(KEY, JSON.stringify({ ...now, mustChangePassword: false }));
    this.emit('refreshed');
  }

  /** Ends the session on the server too (its tokens stop working at once), then here. */
  async signOut(): Promise<void> {
    const token = this.current()?.token;
    if (token) {
      await fetch('/api/auth/sign-out', { method: 'POST', headers: { Authorization: `Bearer ${token}` } }).catch(() => undefined);
    }
    localStorage.removeItem(KEY);
    this.endedBy = 'signed-out';
    this.emit('signed-out');
  }

  /**
   * A new access token for the refresh token; false when the server refuses it (ended, reused,
   * expired session). Concurrent callers share one refresh: the refresh token works once.
   */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.doRefresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async doRefresh(): Promise<boolean> {
    const now = this.current();
    if (!now?.refreshToken) return false;
    try {
      const response = await fetch('/api/auth/refresh', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ refreshToken: now.refreshToken }),
      });
      if (!response.ok) return false;
      const next = (await response.json()) as { accessToken: string; refreshToken: string; actor: ActorView; mustChangePassword: boolean };
      localStorage.setItem(
        KEY,
        JSON.stringify({
          token: next.accessToken,
          refreshToken: next.refreshToken,
          actor: next.actor,
          mustChangePassword: next.mustChangePassword,
        }),
      );
      this.emit('refreshed');
      return true;
    } catch {
      return false;
    }
  }

  /** The API refused the token and the refresh failed too. */
  expire(): void {
    if (!this.current()) return;
    localStorage.removeItem(KEY);
    this.endedBy = 'expired';
    this.emit('expired');
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(reason: Parameters<Listener>[0]): void {
    for (const listener of this.listeners) listener(reason);
  }
}

export const session = new SessionStore();
