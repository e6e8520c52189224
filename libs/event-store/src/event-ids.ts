import { v5 as uuidv5 } from 'uuid';

// Fixed namespace: the same command id must map to the same event ids forever, across backends.
const EVENT_ID_NAMESPACE = '6f1d2a5e-3c3b-4b7e-9a51-2f0c8d6e4a10';

/** Event ids derived from the command id, so a retried command appends nothing twice. */
export function eventIdFor(commandId: string, index: number): string {
  return uuidv5(`${commandId}#${index}`, EVENT_ID_NAMESPACE);
}
