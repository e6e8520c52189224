import { useMemo } from 'react';

/** One Idempotency-Key per opening of a dialog: a click retried after a lost answer applies once. */
export function useActionKey(open: boolean): string {
  // `open` is the only input on purpose: a new key each time the dialog opens or closes.
  return useMemo(() => crypto.randomUUID(), [open]);
}
