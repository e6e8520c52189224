import type { components } from '../api/schema';

export type ActorView = components['schemas']['ActorView'];
export type Role = ActorView['role'];

export interface Session {
  readonly token: string;
  readonly actor: ActorView;
}

const KEY = 'session';
type Listener = (reason: 'signed-in' | 'signed-out' | 'expired') => void;

/**
 * The signed-in person, kept in localStorage so a reload keeps you signed in. Any way of signing in
 * (the demo users today, a real identity provider later) ends by calling `signIn(session)`.
 */
class SessionStore {
  private listeners = new Set<Listener>();
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

  signOut(): void {
    localStorage.removeItem(KEY);
    this.endedBy = 'signed-out';
    this.emit('signed-out');
  }

  /** The API refused the token (expired or revoked). */
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
