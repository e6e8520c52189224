import { CommandBus, ICommand } from '@nestjs/cqrs';
import { v5 as uuidv5 } from 'uuid';
import { CommandContext, DomainError, SYSTEM_ACTOR } from '@app/shared';

const SYSTEM_COMMAND_IDS = '3c9f5e12-7b4d-4a86-9f21-5d8e0a6c4b37';

/**
 * The context of a command a timed sweep issues as the system. Its id follows from what it is about
 * (`key`, e.g. "no-show:<booking>"), so every instance sweeping at once, and a retry after a lost
 * answer, sends the same command: the first is decided, the others get its answer replayed.
 */
export function systemCommandContext(key: string, now: Date): CommandContext {
  const id = uuidv5(key, SYSTEM_COMMAND_IDS);
  return { actor: SYSTEM_ACTOR, commandId: id, correlationId: id, causationId: id, now };
}

/**
 * Sends one sweep command; true when this call wrote its events. False when another instance (or an
 * earlier round) already did (a replay), or the decider refused because the thing changed since the
 * read model saw it (checked in, decided, withdrawn). Any other error is the sweep's to report.
 */
export async function sendSystemCommand(commands: CommandBus, command: ICommand): Promise<boolean> {
  try {
    const result: unknown = await commands.execute(command);
    return !(typeof result === 'object' && result !== null && (result as { replayed?: unknown }).replayed === true);
  } catch (error: unknown) {
    if (error instanceof DomainError) return false;
    throw error;
  }
}
