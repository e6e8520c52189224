import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { chinaDate } from '@app/shared';
import { propertyIdFor } from '../../domain/property.events';
import { PropertyCommandResult } from '../property-command.result';
import { PropertyStreams } from '../property-streams';
import { RegisterPropertyCommand } from './register-property.command';

@CommandHandler(RegisterPropertyCommand)
export class RegisterPropertyHandler implements ICommandHandler<RegisterPropertyCommand, PropertyCommandResult> {
  constructor(private readonly streams: PropertyStreams) {}

  async execute({ request, context }: RegisterPropertyCommand): Promise<PropertyCommandResult> {
    const [parent, asset] = await Promise.all([this.streams.facts(request.parentId), this.streams.asset(request.assetId)]);
    return this.streams.run(
      {
        kind: 'RegisterProperty',
        actor: context.actor,
        today: chinaDate(context.now),
        propertyId: propertyIdFor(request.propertyNo),
        propertyNo: request.propertyNo,
        propertyKind: request.kind,
        parentId: request.parentId ?? null,
        parent,
        name: request.name,
        address: request.address ?? '',
        location: request.location ? { lng: request.location.lng, lat: request.location.lat, system: request.location.system } : null,
        grossAreaSqm: request.grossAreaSqm,
        usableAreaSqm: request.usableAreaSqm ?? null,
        use: request.use,
        ownerUnitId: request.ownerUnitId ?? null,
        occupantUnitId: request.occupantUnitId ?? null,
        occupiedSince: request.occupiedSince ?? null,
        status: request.status,
        assetId: request.assetId ?? null,
        asset,
      },
      context,
      // A 物业编号 is new almost always; a taken one costs a second round trip and is refused as before.
      { likelyNewStream: true },
    );
  }
}
