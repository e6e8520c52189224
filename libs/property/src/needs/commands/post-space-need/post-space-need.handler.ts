import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SpaceNeedCommandResult } from '../space-need-command.result';
import { derivedId, SpaceNeedStreams } from '../space-need.streams';
import { PostSpaceNeedCommand } from './post-space-need.command';

@CommandHandler(PostSpaceNeedCommand)
export class PostSpaceNeedHandler implements ICommandHandler<PostSpaceNeedCommand, SpaceNeedCommandResult> {
  constructor(private readonly streams: SpaceNeedStreams) {}

  execute({ request: r, context }: PostSpaceNeedCommand): Promise<SpaceNeedCommandResult> {
    return this.streams.run(
      {
        kind: 'PostSpaceNeed',
        actor: context.actor,
        needId: derivedId(context, 'need'),
        now: context.now.toISOString(),
        title: r.title,
        use: r.use,
        minAreaSqm: r.minAreaSqm,
        maxAreaSqm: r.maxAreaSqm,
        location: r.location ? { lng: r.location.lng, lat: r.location.lat, system: r.location.system } : null,
        radiusM: r.radiusM ?? null,
        districtId: r.districtId ?? null,
        neededFrom: r.neededFrom,
        durationMonths: r.durationMonths,
        purpose: r.purpose,
      },
      context,
      { likelyNewStream: true },
    );
  }
}
