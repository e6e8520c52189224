/** Documents the Idempotency-Key header the command context reads, so the typed client can send it. */
export const IDEMPOTENCY_HEADER = {
  name: 'Idempotency-Key',
  required: false,
  description: 'Retry-safe key; the same key never writes twice',
};
