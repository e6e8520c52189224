import { createSecretKey } from 'node:crypto';
import { Global, Inject, Module, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_GUARD, ModuleRef } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { Clock } from '@app/shared';
import { ModuleConfig } from '../config/module-config';
import { OrganisationModule } from '../organisation/organisation.module';
import { AccountService } from './account.service';
import { authConfig, authSettings, signingSecret } from './auth.config';
import { AuthGuard } from './auth.guard';
import { CredentialStore } from './credential-store';
import { seedDemoAccounts } from './demo-accounts';
import { SessionService } from './session.service';
import { oidcConfig } from './oidc.config';
import { OidcService } from './oidc.service';
import { SmsModule } from '../sms/sms.module';
import { phoneSignInConfig } from './phone-sign-in.config';
import { PhoneSignInService } from './phone-sign-in.service';

const settings = ConfigModule.forFeature(authConfig);

/**
 * Accounts, sessions and bearer tokens on every route (unless @Public). Imports the organisation so
 * the tree is seeded before the demo accounts that belong to its units. Needs the event store and
 * the database in the app.
 */
@Global()
@Module({
  imports: [
    settings,
    ConfigModule.forFeature(oidcConfig),
    ConfigModule.forFeature(phoneSignInConfig),
    SmsModule,
    OrganisationModule,
    JwtModule.registerAsync({
      imports: [settings],
      inject: [authConfig.KEY],
      useFactory: (config: ModuleConfig<typeof authConfig>) => ({
        // A key object made once: given the secret as a string, jsonwebtoken first tries to parse it as a
        // public key on every verify (a thrown error per request, a third of the HTTP path's CPU).
        secret: createSecretKey(Buffer.from(signingSecret(config), 'utf8')),
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [
    AccountService,
    SessionService,
    CredentialStore,
    OidcService,
    PhoneSignInService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [JwtModule, settings, AccountService, SessionService, CredentialStore, OidcService, PhoneSignInService],
})
export class AuthModule implements OnApplicationBootstrap {
  constructor(
    private readonly accounts: AccountService,
    private readonly clock: Clock,
    private readonly modules: ModuleRef,
    @Inject(authConfig.KEY) private readonly config: ModuleConfig<typeof authConfig>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!authSettings(this.config).demoLogin) return;
    // The demo accounts belong to units of the demo tree: its seeding (a no-op when done) goes first.
    await this.modules.get(OrganisationModule, { strict: false }).onApplicationBootstrap();
    await seedDemoAccounts(this.accounts, this.clock.now());
  }
}
