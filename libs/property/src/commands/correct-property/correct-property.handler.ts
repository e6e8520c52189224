import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { chinaDate } from '@app/shared';
import { CorrectProperty } from '../../domain/property.commands';
import { PropertyCommandResult } from '../property-command.result';
import { PropertyStreams } from '../property-streams';
import { CorrectPropertyCommand } from './correct-property.command';

@CommandHandler(CorrectPropertyCommand)
export class CorrectPropertyHandler implements ICommandHandler<CorrectPropertyCommand, PropertyCommandResult> {
  constructor(private readonly streams: PropertyStreams) {}

  async execute({ propertyId, request, context, expectedRevision }: CorrectPropertyCommand): Promise<PropertyCommandResult> {
    const { clear = [], reason, location, ...fields } = request;
    const cleared = new Set(clear);
    const [parent, asset] = await Promise.all([this.streams.facts(request.parentId), this.streams.asset(request.assetId)]);
    const command: CorrectProperty = {
      kind: 'CorrectProperty',
      actor: context.actor,
      today: chinaDate(context.now),
      propertyId,
      ...fields,
      ...(location ? { location: { lng: location.lng, lat: location.lat, system: location.system } } : {}),
      ...(cleared.has('location') ? { location: null } : {}),
      ...(cleared.has('usableAreaSqm') ? { usableAreaSqm: null } : {}),
      ...(cleared.has('assetId') ? { assetId: null } : {}),
      ...(cleared.has('parentId') ? { parentId: null } : {}),
      parent,
      asset,
      reason,
    };
    return this.streams.run(command, context, { expectedRevision });
  }
}
