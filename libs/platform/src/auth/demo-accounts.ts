import { AccountRole, SYSTEM_ACTOR } from '@app/shared';
import { AccountService } from './account.service';
import { DEMO_USERS } from './demo-users';

/**
 * The demo users become accounts through the same command an administrator uses (no password:
 * they sign in through the demo login only). Fixed command ids and an existence check make a second
 * seeding, by this or another process, write nothing.
 */
export async function seedDemoAccounts(accounts: AccountService, now: Date): Promise<void> {
  for (const [i, user] of DEMO_USERS.entries()) {
    if ((await accounts.state(user.userId)).exists) continue;
    const commandId = `00000000-0000-4000-9000-${String(i + 1).padStart(12, '0')}`;
    await accounts.execute(
      {
        kind: 'CreateAccount',
        actor: SYSTEM_ACTOR,
        now: now.toISOString(),
        username: user.userId,
        displayName: user.displayName,
        roles: [user.role as AccountRole],
        departmentId: user.departmentId,
        unit: accounts.unitFacts(user.departmentId),
        initialPassword: null,
        phone: null,
        mustChangePassword: false,
      },
      { actor: SYSTEM_ACTOR, commandId, correlationId: commandId, causationId: commandId, now },
    );
  }
}
