import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-warehouse-signature';
export const TIMESTAMP_HEADER = 'x-warehouse-timestamp';
/** The outbox row's id: the same on every retry, so a receiver can drop a delivery it already has. */
export const DELIVERY_HEADER = 'x-warehouse-delivery';

/**
 * `sha256=<hex>` of HMAC-SHA256 over `<timestamp>.<body>` with the unit's secret. The timestamp
 * (Unix seconds) is signed with the body so a captured request cannot be replayed later with a new one.
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * What a receiver does: recompute and compare in constant time, and refuse a timestamp further
 * than `toleranceSeconds` from its own clock.
 */
export function verifyWebhook(
  secret: string,
  headers: { signature: string | undefined; timestamp: string | undefined },
  body: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const timestamp = Number(headers.timestamp);
  if (!headers.signature || !Number.isInteger(timestamp)) return false;
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(headers.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
