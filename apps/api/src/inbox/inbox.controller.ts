import { Body, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Actor, Clock } from '@app/shared';
import { InboxQueries, Page } from '@app/read-models/inbox/inbox.queries';
import { CurrentActor } from '@app/platform/auth/auth.decorators';
import { InboxLiveService } from './inbox-live.service';
import { MarkReadRequestDto, NotificationQueryDto, TodoQueryDto } from './inbox.requests.dto';
import { InboxCountsView, MarkReadResult, NotificationPage, TodoPage } from './inbox.views';

/** How long one stream lives: the client opens the next one with its current token, so a revoked session stops hearing. */
const STREAM_MS = 5 * 60_000;
/** A comment line now and then keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 20_000;

const iso = <T extends { createdAt: Date; closedAt?: Date | null }>(page: Page<T>) => ({
  ...page,
  items: page.items.map((i) => ({
    ...i,
    createdAt: new Date(i.createdAt).toISOString(),
    ...('closedAt' in i ? { closedAt: i.closedAt ? new Date(i.closedAt).toISOString() : null } : {}),
  })),
});

/** 待办 and 消息: every signed-in person's own, residents included; nobody reads another's. */
@ApiTags('inbox (待办与消息)')
@ApiBearerAuth()
@Controller()
export class InboxController {
  constructor(
    private readonly inbox: InboxQueries,
    private readonly live: InboxLiveService,
    private readonly clock: Clock,
  ) {}

  @Get('inbox')
  @ApiOperation({
    summary: '待办: what waits for me (newest first), or what was done',
    description: 'A to-do closes itself when the thing is done by anyone.',
  })
  @ApiOkResponse({ type: TodoPage })
  async todos(@CurrentActor() actor: Actor, @Query() query: TodoQueryDto): Promise<TodoPage> {
    return iso(
      await this.inbox.todos(actor.userId, { open: (query.view ?? 'open') === 'open', cursor: query.cursor, limit: query.limit ?? 20 }),
    ) as TodoPage;
  }

  @Get('inbox/counts')
  @ApiOperation({ summary: 'Open to-dos and unread notifications (the badge)' })
  @ApiOkResponse({ type: InboxCountsView })
  counts(@CurrentActor() actor: Actor): Promise<InboxCountsView> {
    return this.inbox.counts(actor.userId);
  }

  @Get('inbox/stream')
  @ApiOperation({
    summary: 'The counts, pushed live (server-sent events)',
    description:
      'text/event-stream: an `inbox-counts` event with {todos, unread} at once and whenever they change (the projector and mark-read signal through PostgreSQL NOTIFY). Authenticated like every route, with the Authorization header: read it with fetch() and a stream reader, not EventSource (which cannot send headers; a token in the URL would end up in logs). The stream ends after five minutes; open the next one with the current token.',
  })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ description: 'event: inbox-counts\\ndata: {"todos":1,"unread":2}' })
  stream(@CurrentActor() actor: Actor, @Req() req: Request, @Res() res: Response): void {
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    let last = '';
    let busy = false;
    let again = false;
    // Counts are read one at a time; a change while reading reads once more, so the last word is the latest.
    const push = async (): Promise<void> => {
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      try {
        do {
          again = false;
          const counts = JSON.stringify(await this.inbox.counts(actor.userId));
          if (counts !== last && !res.writableEnded) res.write(`event: inbox-counts\ndata: ${counts}\n\n`);
          last = counts;
        } while (again);
      } catch {
        // The next signal (or the heartbeat's re-read) tries again.
      } finally {
        busy = false;
      }
    };
    const unsubscribe = this.live.subscribe(actor.userId, () => void push());
    const heartbeat = setInterval(() => {
      res.write(': keep-alive\n\n');
      void push();
    }, HEARTBEAT_MS);
    const end = setTimeout(() => res.end(), STREAM_MS);
    req.on('close', () => {
      clearInterval(heartbeat);
      clearTimeout(end);
      unsubscribe();
    });
    void push();
  }

  @Get('notifications')
  @ApiOperation({ summary: '消息: what happened to my things, newest first' })
  @ApiOkResponse({ type: NotificationPage })
  async notifications(@CurrentActor() actor: Actor, @Query() query: NotificationQueryDto): Promise<NotificationPage> {
    return iso(
      await this.inbox.notifications(actor.userId, { unreadOnly: query.unread ?? false, cursor: query.cursor, limit: query.limit ?? 20 }),
    ) as NotificationPage;
  }

  @Post('notifications/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Marks my notifications read: the ones named, or all of them' })
  @ApiOkResponse({ type: MarkReadResult })
  async markRead(@CurrentActor() actor: Actor, @Body() body: MarkReadRequestDto): Promise<MarkReadResult> {
    const marked = await this.inbox.markRead(actor.userId, body.ids ?? null, this.clock.now());
    return { marked, counts: await this.inbox.counts(actor.userId) };
  }

  @Post('notifications/:notificationId/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Marks one of my notifications read (another person’s is not found)' })
  @ApiOkResponse({ type: MarkReadResult })
  async markOneRead(
    @CurrentActor() actor: Actor,
    @Param('notificationId', new ParseUUIDPipe()) notificationId: string,
  ): Promise<MarkReadResult> {
    if (!(await this.inbox.isMine(actor.userId, notificationId))) {
      throw new NotFoundException({ code: 'NOTIFICATION_NOT_FOUND', message: `没有这条消息 (no notification ${notificationId})` });
    }
    const marked = await this.inbox.markRead(actor.userId, [notificationId], this.clock.now());
    return { marked, counts: await this.inbox.counts(actor.userId) };
  }
}
