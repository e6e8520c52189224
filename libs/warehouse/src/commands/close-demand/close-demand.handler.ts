import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CategoryCatalog } from '@app/assets';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { demandDecider } from '../../domain/demand.decider';
import { demandStreamId } from '../../domain/warehouse-requests.events';
import { WarehouseRequestResult } from '../request.result';
import { CloseDemandCommand } from './close-demand.command';

@CommandHandler(CloseDemandCommand)
export class CloseDemandHandler implements ICommandHandler<CloseDemandCommand, WarehouseRequestResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly categories: CategoryCatalog,
  ) {}

  async execute({ demandId, request, context }: CloseDemandCommand): Promise<WarehouseRequestResult> {
    const result = await executeOnStream(
      this.store,
      demandStreamId(demandId),
      demandDecider(this.categories),
      {
        kind: 'CloseDemand',
        actor: context.actor,
        demandId,
        reason: request.reason,
      },
      context,
    );
    return { id: demandId, revision: result.revision.toString(), events: result.events.map((e) => e.type), replayed: result.replayed };
  }
}
