import { session } from '../auth/session';
import { api, Schemas } from './client';

export type InboxCounts = Schemas['InboxCountsView'];

type Listener = (counts: InboxCounts) => void;

/** Parses `event: inbox-counts` blocks out of a server-sent event text; returns the rest not yet complete. */
export function takeCountEvents(text: string, onCounts: Listener): string {
  let rest = text;
  for (let end = rest.indexOf('\n\n'); end >= 0; end = rest.indexOf('\n\n')) {
    const block = rest.slice(0, end);
    rest = rest.slice(end + 2);
    const lines = block.split('\n');
    if (!lines.includes('event: inbox-counts')) continue;
    const data = lines.find((l) => l.startsWith('data: '));
    if (!data) continue;
    try {
      const parsed = JSON.parse(data.slice('data: '.length)) as InboxCounts;
      if (typeof parsed.todos === 'number' && typeof parsed.unread === 'number') onCounts(parsed);
    } catch {
      // A damaged block is skipped: the next change sends the counts again.
    }
  }
  return rest;
}

/**
 * The signed-in person's inbox counts, kept live for every badge and page: one stream per tab, read
 * with fetch() and the bearer header (EventSource cannot send it, and a token in the URL would reach
 * logs). The server ends each stream after a few minutes and on errors; it is reopened with the token
 * as it is then (refreshed when it expired), after a pause that grows while the server is unreachable.
 */
class InboxCountsFeed {
  private counts: InboxCounts | null = null;
  private readonly listeners = new Set<Listener>();
  private abort: AbortController | null = null;
  private failures = 0;

  current(): InboxCounts | null {
    return this.counts;
  }

  /** A newer answer (a mark-read's counts) shown at once, before the stream says it too. */
  set(counts: InboxCounts): void {
    this.counts = counts;
    for (const l of [...this.listeners]) l(counts);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.start();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  }

  private start(): void {
    const abort = new AbortController();
    this.abort = abort;
    void this.run(abort.signal);
  }

  private stop(): void {
    this.abort?.abort();
    this.abort = null;
    this.counts = null;
  }

  private async run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted && session.current()) {
      try {
        await this.readOnce(signal);
        this.failures = 0;
      } catch {
        if (signal.aborted) return;
        this.failures += 1;
      }
      const pause = Math.min(30_000, 1000 * 2 ** Math.min(this.failures, 5));
      await new Promise((resolve) => setTimeout(resolve, this.failures === 0 ? 200 : pause));
    }
  }

  private async readOnce(signal: AbortSignal): Promise<void> {
    let response = await this.open(signal);
    if (response.status === 401 && (await session.refresh())) response = await this.open(signal);
    if (!response.ok || !response.body) {
      // Without a stream the counts are still read once, so the badge is right when the page opens.
      const { data } = await api.GET('/api/inbox/counts');
      if (data) this.set(data);
      throw new Error(`inbox stream ${response.status}`);
    }
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let text = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      text = takeCountEvents(text + decoder.decode(value, { stream: true }), (counts) => this.set(counts));
    }
  }

  private open(signal: AbortSignal): Promise<Response> {
    const token = session.current()?.token;
    return fetch('/api/inbox/stream', {
      headers: { Accept: 'text/event-stream', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      signal,
    });
  }
}

export const inboxCounts = new InboxCountsFeed();
