import { useRef, useState } from 'react';
import type { FormInstance } from 'antd';
import { showFieldErrors } from '../api/errors';

/**
 * One form's sending state: busy while the request runs, the API's error with its field messages
 * put next to the fields (`unplaced` for the rest), and an Idempotency-Key that stays the same for
 * retries of one submission and changes after it succeeds.
 */
export function useSubmit(form: FormInstance, options: { fieldPrefix?: readonly string[] } = {}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const key = useRef(crypto.randomUUID());
  const submit = async <T>(send: (idempotencyKey: string) => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(undefined);
    setUnplaced([]);
    try {
      const result = await send(key.current);
      key.current = crypto.randomUUID();
      return result;
    } catch (e: unknown) {
      setError(e);
      setUnplaced(showFieldErrors(form, e, options.fieldPrefix));
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, unplaced, submit };
}
