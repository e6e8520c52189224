import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ModuleConfig } from '../config/module-config';
import { authConfig } from './auth.config';
import { AuthGuard } from './auth.guard';

const settings = ConfigModule.forFeature(authConfig);

/** Bearer tokens on every route (unless @Public); exports the auth settings for the demo login. */
@Global()
@Module({
  imports: [
    settings,
    JwtModule.registerAsync({
      imports: [settings],
      inject: [authConfig.KEY],
      useFactory: (config: ModuleConfig<typeof authConfig>) => ({
        secret: config.JWT_SECRET,
        signOptions: { expiresIn: '8h', algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: AuthGuard }],
  exports: [JwtModule, settings],
})
export class AuthModule {}
