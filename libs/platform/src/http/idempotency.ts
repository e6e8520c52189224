import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Observable } from 'rxjs';
import { v5 as uuidv5 } from 'uuid';

// Fixed namespace: a caller's key must map to the same command id on every instance, forever.
const COMMAND_ID_NAMESPACE = '0b7f6c52-6a43-4f5e-8d1c-3e9a27c4b815';

/**
 * Idempotency keys belong to the caller: the command id is derived from who sent the key and the
 * key, so another user's identical key is another command (decided and authorised on its own).
 */
export function commandIdFor(userId: string, idempotencyKey: string): string {
  return uuidv5(`${userId}\n${idempotencyKey}`, COMMAND_ID_NAMESPACE);
}

/** A key sent again with a different request (body, route or target) than the one it first carried. */
export class IdempotencyKeyReusedError extends Error {
  constructor() {
    super('this Idempotency-Key was already used for a different request');
  }
}

/** Canonical JSON (sorted keys), so a retry that reorders fields is still the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function requestFingerprint(method: string, url: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${url}\n${canonical(body ?? null)}`)
    .digest('base64url');
}

// Keyed by the request's headers object: that is what controllers hand to commandContextFrom.
const fingerprints = new WeakMap<object, string>();

export function fingerprintOf(headers: object): string | undefined {
  return fingerprints.get(headers);
}

interface FingerprintedRequest {
  method: string;
  originalUrl: string;
  body?: unknown;
  headers: object;
}

/**
 * Records the fingerprint of each request's method, URL and parsed body (before validation), so a
 * command can store it and a replay under the same key can be told apart from a different request.
 * Depth is bounded by the body parser before this runs.
 */
@Injectable()
export class RequestFingerprintInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      const request = context.switchToHttp().getRequest<FingerprintedRequest>();
      if (request.method !== 'GET')
        fingerprints.set(request.headers, requestFingerprint(request.method, request.originalUrl, request.body));
    }
    return next.handle();
  }
}
