import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { IsIn, IsOptional } from 'class-validator';
import { CryptoSuite, SUITE_IDS, SuiteId, suiteOf } from '@app/crypto';
import { moduleConfig, ModuleConfig } from '@app/platform/config/module-config';

export class CryptoSuiteConfig {
  /** international (SHA-256, Ed25519, AES-256-GCM; the default) or gm (SM3, SM2, SM4) where 密评 requires 国密. */
  @IsOptional()
  @IsIn(SUITE_IDS, { message: `CRYPTO_SUITE must be one of ${SUITE_IDS.join(', ')}` })
  CRYPTO_SUITE?: SuiteId;
}

export const cryptoSuiteConfig = moduleConfig('cryptoSuite', CryptoSuiteConfig);

/** The deployment's suite: inject with `@Inject(CRYPTO_SUITE) suite: CryptoSuite`. */
export const CRYPTO_SUITE = Symbol('CRYPTO_SUITE');

export const suiteFromConfig = (config: CryptoSuiteConfig): CryptoSuite => suiteOf(config.CRYPTO_SUITE);

@Global()
@Module({
  imports: [ConfigModule.forFeature(cryptoSuiteConfig)],
  providers: [
    {
      provide: CRYPTO_SUITE,
      useFactory: (config: ModuleConfig<typeof cryptoSuiteConfig>) => suiteFromConfig(config),
      inject: [cryptoSuiteConfig.KEY],
    },
  ],
  exports: [CRYPTO_SUITE],
})
export class CryptoSuiteModule {}
