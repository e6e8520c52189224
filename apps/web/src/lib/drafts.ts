import { useCallback, useMemo } from 'react';

const PREFIX = 'draft:';

/**
 * A half-filled form survives a sign-in (an expired token) or a reload: values are kept in
 * sessionStorage under a key per form until the form is sent or cleared.
 */
export function useFormDraft<T extends object>(key: string) {
  const storageKey = PREFIX + key;
  const initial = useMemo<Partial<T> | undefined>(() => {
    try {
      const raw = sessionStorage.getItem(storageKey);
      return raw ? (JSON.parse(raw) as Partial<T>) : undefined;
    } catch {
      return undefined;
    }
  }, [storageKey]);
  const save = useCallback(
    (_changed: unknown, all: Partial<T>) => {
      try {
        sessionStorage.setItem(storageKey, JSON.stringify(all));
      } catch {
        /* storage full or disabled: the form still works, only without a draft */
      }
    },
    [storageKey],
  );
  const clear = useCallback(() => sessionStorage.removeItem(storageKey), [storageKey]);
  return { initial, save, clear };
}
