import { useCallback, useEffect, useMemo } from 'react';
import type { FormInstance } from 'antd';

const PREFIX = 'draft:';

/**
 * A half-filled form survives a sign-in (an expired token) or a reload: values are kept in
 * sessionStorage under a key per form until the form is sent or cleared. Given the form, the kept
 * values are put back into it when the page opens.
 */
export function useFormDraft<T extends object>(key: string, form?: FormInstance<T>) {
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
  useEffect(() => {
    if (form && initial) form.setFieldsValue(initial as Parameters<FormInstance<T>['setFieldsValue']>[0]);
  }, [form, initial]);
  const clear = useCallback(() => sessionStorage.removeItem(storageKey), [storageKey]);
  return { initial, save, clear };
}
