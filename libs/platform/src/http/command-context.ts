import { BadRequestException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Actor, Clock, CommandContext } from '@app/shared';
import { commandIdFor, fingerprintOf } from './idempotency';
import { writesOf } from './written-through';

export type RawHeaders = Record<string, string | string[] | undefined>;

const KEY_PATTERN = /^[A-Za-z0-9_-]{8,100}$/;

function header(headers: RawHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Identity and tracing for a command from its HTTP request. Idempotency-Key (when sent) and the
 * caller together make the command id, so a client that retries after a timeout cannot write the
 * change twice, and nobody else's key can meet it. The request's fingerprint goes with it.
 */
export function commandContextFrom(actor: Actor, headers: RawHeaders, clock: Clock): CommandContext {
  const key = header(headers, 'idempotency-key');
  if (key !== undefined && !KEY_PATTERN.test(key)) {
    throw new BadRequestException({ code: 'VALIDATION_FAILED', message: 'Idempotency-Key must be 8-100 letters, digits, - or _' });
  }
  const correlation = header(headers, 'x-correlation-id');
  if (correlation !== undefined && !KEY_PATTERN.test(correlation)) {
    throw new BadRequestException({ code: 'VALIDATION_FAILED', message: 'X-Correlation-Id must be 8-100 letters, digits, - or _' });
  }
  const commandId = key === undefined ? randomUUID() : commandIdFor(actor.userId, key);
  const correlationId = correlation ?? commandId;
  const requestFingerprint = fingerprintOf(headers);
  const writes = writesOf(headers);
  return {
    actor,
    commandId,
    correlationId,
    causationId: correlationId,
    now: clock.now(),
    ...(requestFingerprint ? { requestFingerprint } : {}),
    ...(key === undefined ? { freshCommandId: true } : {}),
    ...(writes ? { wrote: (position) => writes.note(position) } : {}),
  };
}

/** If-Match: "3" or 3 → 3n. */
export function expectedRevisionFrom(headers: RawHeaders): bigint | undefined {
  const value = header(headers, 'if-match');
  if (value === undefined) return undefined;
  const match = /^"?(\d{1,18})"?$/.exec(value.trim());
  if (!match) throw new BadRequestException({ code: 'VALIDATION_FAILED', message: 'If-Match must be a revision number such as "3"' });
  return BigInt(match[1]);
}
