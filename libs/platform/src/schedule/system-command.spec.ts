import { CommandBus } from '@nestjs/cqrs';
import { DomainError, ErrorKind } from '@app/shared';
import { sendSystemCommand, systemCommandContext } from './system-command';

class Refused extends DomainError {
  readonly code = 'BOOKING_NOT_ACTIVE';
  readonly kind: ErrorKind = 'conflict';
}

const bus = (answer: () => Promise<unknown>) => ({ execute: answer }) as unknown as CommandBus;

describe('commands a sweep sends as the system', () => {
  it('gives every instance the same command id for the same thing, and another for another', () => {
    const now = new Date('2026-11-29T00:00:00Z');
    const a = systemCommandContext('no-show:b-1', now);
    expect(systemCommandContext('no-show:b-1', new Date()).commandId).toBe(a.commandId);
    expect(systemCommandContext('no-show:b-2', now).commandId).not.toBe(a.commandId);
    expect(a).toMatchObject({ actor: { userId: 'system', role: 'system' }, correlationId: a.commandId, causationId: a.commandId, now });
  });

  it('counts only what this call wrote: not a replay, not a refusal; other errors are the caller’s', async () => {
    expect(
      await sendSystemCommand(
        bus(async () => ({ replayed: false })),
        {},
      ),
    ).toBe(true);
    expect(
      await sendSystemCommand(
        bus(async () => ({ replayed: true })),
        {},
      ),
    ).toBe(false);
    expect(
      await sendSystemCommand(
        bus(async () => Promise.reject(new Refused('checked in'))),
        {},
      ),
    ).toBe(false);
    await expect(
      sendSystemCommand(
        bus(async () => Promise.reject(new Error('connection lost'))),
        {},
      ),
    ).rejects.toThrow('connection lost');
  });
});
