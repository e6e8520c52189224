import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { PropertyCommandResult } from '../property-command.result';

/** What changes hands: the unit moving in (null: vacated), from when, why, and the allocation that caused it. */
export interface OccupancyChange {
  readonly toUnitId: string | null;
  readonly since: string;
  readonly reason: string;
  readonly allocationId: string | null;
}

/**
 * Sent by the HTTP route and by an allocation's handover (i16-needs): the handover sends it with the system
 * actor and the allocation's id, after the allocation's approvals.
 */
export class ChangeOccupancyCommand extends Command<PropertyCommandResult> {
  constructor(
    readonly propertyId: string,
    readonly change: OccupancyChange,
    readonly context: CommandContext,
    readonly expectedRevision?: bigint,
  ) {
    super();
  }
}
