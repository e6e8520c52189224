import { ExecutionContext, HttpException, HttpStatus, Injectable, SetMetadata } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail, ThrottlerModuleOptions } from '@nestjs/throttler';
import { createHash } from 'node:crypto';
import { ModuleConfig } from '@app/platform/config/module-config';
import { hardeningConfig } from './hardening.config';

const SIGN_IN_ROUTE = 'throttle:sign-in';

/** A sign-in route: limited per client address by the `sign-in` throttler (not by the writes one). */
export const SignInThrottle = () => SetMetadata(SIGN_IN_ROUTE, true);

const isSignInRoute = (context: ExecutionContext) => Reflect.getMetadata(SIGN_IN_ROUTE, context.getHandler()) === true;
const isRead = (context: ExecutionContext) =>
  ['GET', 'HEAD', 'OPTIONS'].includes(context.switchToHttp().getRequest<{ method: string }>().method);

type Req = { ip?: string; actor?: { userId: string }; headers: Record<string, string | string[] | undefined> };
/** The person when known (their token), else the client address: one person's burst does not block a whole office behind one NAT. */
const writer = (raw: Record<string, unknown>) => {
  const req = raw as unknown as Req;
  if (req.actor) return `user:${req.actor.userId}`;
  const auth = req.headers.authorization;
  return typeof auth === 'string' ? `token:${createHash('sha256').update(auth).digest('base64url').slice(0, 22)}` : `ip:${req.ip ?? ''}`;
};

export function throttlerOptions(config: ModuleConfig<typeof hardeningConfig>): ThrottlerModuleOptions {
  return {
    throttlers: [
      {
        name: 'sign-in',
        ttl: 60_000,
        limit: config.THROTTLE_SIGN_IN_PER_MINUTE ?? 10,
        skipIf: (context) => !isSignInRoute(context),
        // One bucket for all sign-in routes (password, demo, refresh), not one per route.
        generateKey: (_context, tracker, name) => `${name}:${tracker}`,
        getTracker: (req: Record<string, unknown>) => `ip:${String(req.ip ?? '')}`,
      },
      {
        name: 'writes',
        ttl: 60_000,
        limit: config.THROTTLE_WRITES_PER_MINUTE ?? 120,
        skipIf: (context) => isRead(context) || isSignInRoute(context),
        generateKey: (_context, tracker, name) => `${name}:${tracker}`,
        getTracker: writer,
      },
    ],
  };
}

/** 429 with a stable code, words from the catalogue, and a standard Retry-After header. */
@Injectable()
export class AppThrottlerGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const seconds = Math.max(1, Math.ceil(detail.timeToBlockExpire || detail.timeToExpire));
    context.switchToHttp().getResponse<{ setHeader(name: string, value: string): void }>().setHeader('Retry-After', String(seconds));
    return Promise.reject(
      new HttpException(
        { code: 'TOO_MANY_REQUESTS', message: `too many requests; try again in ${seconds} s`, details: { retryAfterSeconds: seconds } },
        HttpStatus.TOO_MANY_REQUESTS,
      ),
    );
  }
}
