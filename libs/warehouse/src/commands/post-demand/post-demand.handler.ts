import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CategoryTableSource } from '@app/assets';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { demandDecider } from '../../domain/demand.decider';
import { demandStreamId } from '../../domain/warehouse-requests.events';
import { WarehouseRequestResult } from '../request.result';
import { newRequestId } from '../request-ids';
import { PostDemandCommand } from './post-demand.command';

@CommandHandler(PostDemandCommand)
export class PostDemandHandler implements ICommandHandler<PostDemandCommand, WarehouseRequestResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly tables: CategoryTableSource,
  ) {}

  async execute({ request, context }: PostDemandCommand): Promise<WarehouseRequestResult> {
    const categories = await this.tables.catalog();
    const demandId = newRequestId(context.commandId, 'demand');
    const result = await executeOnStream(
      this.store,
      demandStreamId(demandId),
      demandDecider(categories),
      {
        kind: 'PostDemand',
        actor: context.actor,
        demandId,
        categoryCode: request.categoryCode,
        quantity: request.quantity,
        purpose: request.purpose,
        neededBy: request.neededBy ?? null,
      },
      context,
    );
    return { id: demandId, revision: result.revision.toString(), events: result.events.map((e) => e.type), replayed: result.replayed };
  }
}
