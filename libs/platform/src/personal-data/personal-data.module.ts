import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CryptoSuite } from '@app/crypto';
import { PersonalDataVault } from '@app/shared';
import { CRYPTO_SUITE } from '../crypto/crypto-suite.module';
import { sealingCipherFor } from './personal-data-cipher';
import { PostgresPersonalDataVault } from './postgres-personal-data-vault';

/**
 * The personal-data port for an app that holds the database (keys in their own tables), sealing
 * with the deployment's suite: AES-256-GCM (international) or SM4-CTR + HMAC-SM3 (gm).
 */
@Global()
@Module({
  providers: [
    {
      provide: PersonalDataVault,
      useFactory: (dataSource: DataSource, suite: CryptoSuite) => new PostgresPersonalDataVault(dataSource, sealingCipherFor(suite)),
      inject: [DataSource, CRYPTO_SUITE],
    },
  ],
  exports: [PersonalDataVault],
})
export class PersonalDataModule {}
