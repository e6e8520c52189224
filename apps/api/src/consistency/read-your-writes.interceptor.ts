import { BadRequestException, CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { from, mergeMap, Observable } from 'rxjs';
import { EVENT_STORE, EventStore, formatPosition, GlobalPosition } from '@app/event-store';
import { projectionsReached } from '@app/read-models/checkpoints/projections-reached';
import { ModuleConfig } from '@app/platform/config/module-config';
import { trackWrites } from '@app/platform/http/written-through';
import { readYourWritesConfig } from './read-your-writes.config';

export const WRITTEN_THROUGH = 'X-Written-Through';
export const READ_AFTER = 'X-Read-After';
export const READ_STALE = 'X-Read-Stale';

const POSITION = /^(\d{1,20})\/(\d{1,20})$/;
const POLL_MS = 20;

/**
 * Read models are written by the projector after a command returns, so a page that saves and then
 * reads could see the world before its own change. Every successful write answers with the event
 * store's last committed position (`X-Written-Through`); a read that sends it back as `X-Read-After` waits until every
 * read model has applied it, at most READ_AFTER_MAX_WAIT_MS, then answers (with `X-Read-Stale: true`
 * if the wait ran out, so the client can say so instead of showing old data as current).
 */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  private readonly maxWaitMs: number;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly db: DataSource,
    @Inject(readYourWritesConfig.KEY) config: ModuleConfig<typeof readYourWritesConfig>,
  ) {
    this.maxWaitMs = config.READ_AFTER_MAX_WAIT_MS ?? 3000;
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    if (req.method === 'GET' || req.method === 'HEAD') {
      const wanted = req.header(READ_AFTER);
      if (!wanted) return next.handle();
      const position = parsePosition(wanted);
      return from(this.waitFor(position, res)).pipe(mergeMap(() => next.handle()));
    }
    const writes = trackWrites(req.headers);
    return next.handle().pipe(
      mergeMap(async (body: unknown) => {
        // The request's own appends when its commands reported them (executeOnStream with the request's
        // context does). Otherwise the store's last committed position, which is at or after them; not
        // headPosition: on PostgreSQL a write may still sit above the high-water mark while an older
        // transaction is open, and the read models have to reach it, not just what is visible now.
        const head = writes.position ?? (await this.store.lastCommittedPosition());
        if (head && !res.headersSent) res.setHeader(WRITTEN_THROUGH, formatPosition(head));
        return body;
      }),
    );
  }

  private async waitFor(position: GlobalPosition, res: Response): Promise<void> {
    const deadline = Date.now() + this.maxWaitMs;
    while (!(await projectionsReached(this.db, position))) {
      if (Date.now() >= deadline) {
        res.setHeader(READ_STALE, 'true');
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}

function parsePosition(text: string): GlobalPosition {
  const match = POSITION.exec(text);
  if (!match)
    throw new BadRequestException({
      code: 'READ_AFTER_INVALID',
      message: `${READ_AFTER} must be a position "commit/prepare" as given in ${WRITTEN_THROUGH}`,
    });
  return { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
}
