import { Inject, Injectable } from '@nestjs/common';
import { v5 as uuidv5 } from 'uuid';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { CommandContext, DepartmentDirectory } from '@app/shared';
import { executeOnStream, ExecuteOptions } from '@app/platform/cqrs/execute-on-stream';
import { SpaceNeedCommand, spaceNeedDecider } from '../domain/space-need.decider';
import { SpaceNeedEvent, spaceNeedStreamId } from '../domain/space-need.events';
import { evolveSpaceNeed, initialSpaceNeedState, SpaceNeedState } from '../domain/space-need.state';
import { SpaceNeedCommandResult } from './space-need-command.result';

const DERIVED_ID_NAMESPACE = 'c4b1e3f2-7a9d-4e58-b0c6-2d8f1a6e3b95';

/** Ids a command creates (a need, an allocation) follow from its command id, so a retry creates the same ones. */
export function derivedId(context: CommandContext, purpose: string): string {
  return uuidv5(`${context.commandId}:${purpose}`, DERIVED_ID_NAMESPACE);
}

/** A command id fixed by what it does, not by the request: sent again under any key, it is recognised as done. */
export function fixedCommandId(purpose: string): string {
  return uuidv5(purpose, DERIVED_ID_NAMESPACE);
}

/** The need streams: fold one, or decide a command on it. */
@Injectable()
export class SpaceNeedStreams {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly departments: DepartmentDirectory,
  ) {}

  async need(needId: string): Promise<SpaceNeedState> {
    const events = await this.store.readStream(spaceNeedStreamId(needId));
    return events.reduce((s, e) => evolveSpaceNeed(s, { type: e.type, data: e.data } as SpaceNeedEvent), initialSpaceNeedState());
  }

  async run(command: SpaceNeedCommand, context: CommandContext, options: ExecuteOptions = {}): Promise<SpaceNeedCommandResult> {
    const decider = spaceNeedDecider({ departments: this.departments });
    const result = await executeOnStream(this.store, spaceNeedStreamId(command.needId), decider, command, context, options);
    return {
      needId: command.needId,
      revision: result.revision.toString(),
      events: result.events.map((e) => e.type),
      carried: [],
      replayed: result.replayed,
    };
  }
}
