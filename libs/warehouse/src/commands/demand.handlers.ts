import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { v5 as uuidv5 } from 'uuid';
import { CategoryCatalog } from '@app/assets';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { demandDecider } from '../domain/demand.decider';
import { demandStreamId } from '../domain/warehouse-requests.events';
import { WarehouseRequestResult } from './request.result';
import { CloseDemandCommand, PostDemandCommand } from './warehouse-request.commands';

const ID_NAMESPACE = '4c2f8e91-0d6b-4a57-b3e2-915f7a0c6d18';
export const newRequestId = (commandId: string, kind: string) => uuidv5(`${kind}:${commandId}`, ID_NAMESPACE);

@CommandHandler(PostDemandCommand)
export class PostDemandHandler implements ICommandHandler<PostDemandCommand, WarehouseRequestResult> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore, private readonly categories: CategoryCatalog) {}

  async execute({ request, context }: PostDemandCommand): Promise<WarehouseRequestResult> {
    const demandId = newRequestId(context.commandId, 'demand');
    const result = await executeOnStream(this.store, demandStreamId(demandId), demandDecider(this.categories), {
      kind: 'PostDemand', actor: context.actor, demandId, categoryCode: request.categoryCode, quantity: request.quantity, purpose: request.purpose, neededBy: request.neededBy ?? null,
    }, context);
    return { id: demandId, revision: result.revision.toString(), events: result.events.map((e) => e.type), replayed: result.replayed };
  }
}

@CommandHandler(CloseDemandCommand)
export class CloseDemandHandler implements ICommandHandler<CloseDemandCommand, WarehouseRequestResult> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore, private readonly categories: CategoryCatalog) {}

  async execute({ demandId, request, context }: CloseDemandCommand): Promise<WarehouseRequestResult> {
    const result = await executeOnStream(this.store, demandStreamId(demandId), demandDecider(this.categories), {
      kind: 'CloseDemand', actor: context.actor, demandId, reason: request.reason,
    }, context);
    return { id: demandId, revision: result.revision.toString(), events: result.events.map((e) => e.type), replayed: result.replayed };
  }
}
