import { Global, Inject, Module, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { DepartmentDirectory, demoOrganisationCommands, SYSTEM_ACTOR } from '@app/shared';
import { ModuleConfig } from '../config/module-config';
import { organisationConfig } from './organisation.config';
import { OrganisationService } from './organisation.service';

/**
 * The organisation tree for the whole app: one directory (folded from `org-tree`) for the deciders
 * and the read side alike, and the service that changes it. Needs the event store module in the app.
 */
@Global()
@Module({
  imports: [ConfigModule.forFeature(organisationConfig)],
  providers: [{ provide: DepartmentDirectory, useFactory: () => new DepartmentDirectory() }, OrganisationService],
  exports: [DepartmentDirectory, OrganisationService],
})
export class OrganisationModule implements OnApplicationBootstrap {
  constructor(
    private readonly organisation: OrganisationService,
    @Inject(organisationConfig.KEY) private readonly config: ModuleConfig<typeof organisationConfig>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.organisation.refresh();
    if (this.config.ORG_SEED_DEMO !== 'true' || this.organisation.directory.all().length > 0) return;
    // Same commands as an administrator's; fixed command ids make a second seeding (another process) a no-op.
    const now = new Date('2020-01-01T00:00:00.000Z');
    for (const [i, command] of demoOrganisationCommands(now.toISOString()).entries()) {
      const commandId = `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;
      await this.organisation.execute(command, { actor: SYSTEM_ACTOR, commandId, correlationId: commandId, causationId: commandId, now });
    }
  }
}
