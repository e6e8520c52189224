import { DependencyList, useCallback, useEffect, useRef, useState } from 'react';

export interface CursorPage<T> {
  readonly items: readonly T[];
  readonly nextCursor?: string | null;
}

/**
 * Long lists load page by page with the API's cursor (never all rows at once). Filters in `deps`
 * start again from the first page; `more()` appends the next one (for "load more" or infinite scroll).
 */
export function useCursorPages<T>(load: (cursor: string | undefined) => Promise<CursorPage<T>>, deps: DependencyList) {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>();
  const generation = useRef(0);
  // Reload from the first page whenever the caller's deps change, as with useEffect.
  const loadPage = useCallback(load, deps);

  const fetchPage = useCallback(
    async (from: string | undefined, reset: boolean) => {
      const mine = reset ? ++generation.current : generation.current;
      setLoading(true);
      setError(undefined);
      try {
        const page = await loadPage(from);
        if (mine !== generation.current) return;
        setItems((prev) => (reset ? [...page.items] : [...prev, ...page.items]));
        setCursor(page.nextCursor ?? null);
      } catch (e: unknown) {
        if (mine === generation.current) setError(e);
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [loadPage],
  );

  useEffect(() => {
    void fetchPage(undefined, true);
  }, [fetchPage]);

  const more = useCallback(() => {
    if (cursor && !loading) void fetchPage(cursor, false);
  }, [cursor, loading, fetchPage]);
  const reload = useCallback(() => void fetchPage(undefined, true), [fetchPage]);
  return { items, hasMore: Boolean(cursor), loading, error, more, reload };
}
