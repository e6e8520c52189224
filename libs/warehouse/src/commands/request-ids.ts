import { v5 as uuidv5 } from 'uuid';

const ID_NAMESPACE = '4c2f8e91-0d6b-4a57-b3e2-915f7a0c6d18';

/** Ids of new demands and purchase requests follow from the command id, so a retry meets the same stream. */
export const newRequestId = (commandId: string, kind: 'demand' | 'purchase') => uuidv5(`${kind}:${commandId}`, ID_NAMESPACE);
