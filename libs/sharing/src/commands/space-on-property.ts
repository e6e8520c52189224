import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { eventIdFor } from '@app/event-store';
import { CommandContext, DomainError } from '@app/shared';
import { executeOnStream, ExecuteResult } from '@app/platform/cqrs/execute-on-stream';
import { PropertyCommandResult, TieSharedSpaceCommand, UntieSharedSpaceCommand } from '@app/property';
import { SpaceEvent, spaceStreamId } from '../domain/sharing.events';
import { evolveSpace, initialSpaceState, SpaceCommand, spaceDecider } from '../domain/space.decider';
import { derived, SharingStreams } from './sharing-streams';

/**
 * Writes a space decision that puts the space on a property of the register (publish on it, or move to it).
 *
 * Two streams change: the property's (the tie, where the office rule is decided in order with corrections of
 * its use) and the space's. The property goes first. If the process stops between the two, the property
 * names a space that is not there yet: it cannot be made office space until the same command is retried
 * (every write has an id derived from the command id, so the retry repeats nothing) — stricter than needed,
 * never an office room left open. The space is decided once before anything is written, so a refused
 * command leaves no tie behind.
 */
@Injectable()
export class SpaceOnProperty {
  constructor(
    private readonly streams: SharingStreams,
    private readonly bus: CommandBus,
  ) {}

  async write(command: SpaceCommand, propertyId: string | null, context: CommandContext): Promise<ExecuteResult<SpaceEvent>> {
    const streamId = spaceStreamId(command.spaceId);
    if (propertyId === null) return executeOnStream(this.streams.eventStore, streamId, spaceDecider, command, context);
    await this.refuseEarly(streamId, command, context);
    const tie = await this.bus.execute(new TieSharedSpaceCommand(propertyId, command.spaceId, this.caused(context, 'property-tie')));
    let result: ExecuteResult<SpaceEvent>;
    try {
      result = await executeOnStream(this.streams.eventStore, streamId, spaceDecider, command, context);
    } catch (error: unknown) {
      // Refused after all (a concurrent change of the space): take back the tie this command wrote, if it wrote one.
      if (error instanceof DomainError && wroteNew(tie)) await this.untie(propertyId, command.spaceId, context, 'property-tie-undone');
      throw error;
    }
    for (const event of result.events) {
      // Moved: the property it left no longer holds it (after the move, so the space is on one of them at any time).
      if (event.type === 'space.property-linked.v1' && event.data.fromPropertyId !== null && event.data.fromPropertyId !== propertyId)
        await this.untie(event.data.fromPropertyId, command.spaceId, context, 'property-untie');
    }
    return result;
  }

  /** The space's decision on its stream as it is, so a refusal is given before the property is touched. */
  private async refuseEarly(streamId: string, command: SpaceCommand, context: CommandContext): Promise<void> {
    const recorded = await this.streams.eventStore.readStream(streamId);
    // Already carried out (a retry): the writes below replay it.
    if (recorded.some((e) => e.id === eventIdFor(context.commandId, 0))) return;
    const state = recorded.reduce((s, e) => evolveSpace(s, { type: e.type, data: e.data } as SpaceEvent), initialSpaceState());
    const decision = spaceDecider.decide(command, state);
    if (decision instanceof DomainError) throw decision;
  }

  private async untie(propertyId: string, spaceId: string, context: CommandContext, purpose: string): Promise<void> {
    await this.bus.execute(new UntieSharedSpaceCommand(propertyId, spaceId, this.caused(context, purpose)));
  }

  private caused(context: CommandContext, purpose: string): CommandContext {
    return { ...context, commandId: derived(context, purpose), causationId: context.commandId };
  }
}

const wroteNew = (result: PropertyCommandResult) => result.events.length > 0 && !result.replayed;
