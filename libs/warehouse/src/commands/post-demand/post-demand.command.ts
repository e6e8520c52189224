import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { WarehouseRequestResult } from '../request.result';
import { PostDemandRequestDto } from './post-demand.request.dto';

export class PostDemandCommand extends Command<WarehouseRequestResult> {
  constructor(
    readonly request: PostDemandRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
