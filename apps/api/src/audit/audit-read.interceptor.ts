import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Observable, mergeMap } from 'rxjs';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { Actor, Clock } from '@app/shared';

interface AuditRequest {
  actor?: Actor;
  method: string;
  originalUrl: string;
}

/** Auditors' reads are themselves history: each answered read appends `audit.read.v1` to the auditor's stream. */
@Injectable()
export class AuditReadInterceptor implements NestInterceptor {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuditRequest>();
    return next.handle().pipe(
      mergeMap(async (body: unknown) => {
        const actor = request.actor;
        if (actor && request.method === 'GET') {
          const id = randomUUID();
          await this.store.append(
            `auditor-${actor.userId}`,
            [
              {
                id,
                type: 'audit.read.v1',
                data: { auditorId: actor.userId, request: `${request.method} ${request.originalUrl}` },
                metadata: {
                  actorId: actor.userId,
                  actorRole: actor.role,
                  departmentId: actor.departmentId,
                  correlationId: id,
                  causationId: id,
                  occurredAt: this.clock.now().toISOString(),
                },
              },
            ],
            'any',
          );
        }
        return body;
      }),
    );
  }
}
