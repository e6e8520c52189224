import { Inject, Injectable } from '@nestjs/common';
import {
  AccountCommand,
  accountDecider,
  AccountEvent,
  AccountState,
  accountStreamId,
  CommandContext,
  DepartmentDirectory,
  evolveAccount,
  initialAccountState,
  UnitFacts,
} from '@app/shared';
import { EVENT_STORE, EventStore, GlobalPosition } from '@app/event-store';
import { executeOnStream, ExecuteResult } from '../cqrs/execute-on-stream';
import { CredentialStore } from './credential-store';
import { hashPassword } from './password-hash';
import { FoldTail, StreamFoldCache } from './stream-fold-cache';

/** An account as the administrator's list shows it. */
export interface AccountSummary {
  username: string;
  displayName: string;
  roles: string[];
  departmentId: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
  lockedUntil: string | null;
}

/**
 * Accounts as events (`account-<username>`). Every request's identity is checked against the
 * account's current state, so each stream's fold is kept here and brought up to date by reading
 * only the events after the last one seen (usually none): a role revoked, a move or a disabling
 * applies to the very next request, in every API process.
 */
@Injectable()
export class AccountService {
  private readonly folded = new StreamFoldCache<AccountState>(accountStreamId, initialAccountState, (s, e) =>
    evolveAccount(s, { type: e.type, data: e.data } as AccountEvent),
  );
  private listed = new Map<string, AccountState>();
  private listedUpTo: GlobalPosition | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly directory: DepartmentDirectory,
    private readonly credentials: CredentialStore,
  ) {}

  /** What the org tree says about a unit, for the decider (which itself knows no tree). */
  unitFacts(departmentId: string | null): UnitFacts | null {
    if (departmentId === null) return null;
    const unit = this.directory.get(departmentId);
    return unit ? { exists: true, closed: unit.closed } : { exists: false };
  }

  state(username: string): Promise<AccountState> {
    return this.folded.current(this.store, username);
  }

  /** The account fold's catch-up read, and its fold (see StreamFoldCache.tail). */
  tail(username: string): FoldTail<AccountState> {
    return this.folded.tail(username);
  }

  /** Runs an account command; a password it carries is hashed and stored only once the decision is recorded. */
  async execute(command: AccountCommand, context: CommandContext): Promise<ExecuteResult<AccountEvent>> {
    const result = await executeOnStream(this.store, accountStreamId(command.username), accountDecider, command, context);
    const password =
      command.kind === 'CreateAccount'
        ? command.initialPassword
        : command.kind === 'ChangePassword' || command.kind === 'ResetPassword'
          ? command.newPassword
          : null;
    if (password !== null && !result.replayed && result.events.length > 0) {
      await this.credentials.set(command.username, await hashPassword(password), context.now);
    }
    return result;
  }

  /** Every account, folded incrementally from the `account-` streams (the administrator's list). */
  async list(): Promise<AccountSummary[]> {
    for (;;) {
      const batch = await this.store.readAll({ after: this.listedUpTo, streamPrefixes: ['account-'], maxCount: 5000 });
      for (const e of batch) {
        const username = e.streamId.slice('account-'.length);
        this.listed.set(
          username,
          evolveAccount(this.listed.get(username) ?? initialAccountState(), { type: e.type, data: e.data } as AccountEvent),
        );
      }
      if (batch.length > 0) this.listedUpTo = batch[batch.length - 1].position;
      if (batch.length < 5000) break;
    }
    return [...this.listed.values()]
      .filter((s) => s.exists)
      .map((s) => ({
        username: s.username,
        displayName: s.displayName,
        roles: [...s.roles],
        departmentId: s.departmentId,
        disabled: s.disabled,
        mustChangePassword: s.mustChangePassword,
        lockedUntil: s.lockedUntil,
      }))
      .sort((a, b) => a.username.localeCompare(b.username));
  }
}
