import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PersonalDataVault } from '@app/shared';
import { PostgresPersonalDataVault } from './postgres-personal-data-vault';

/** The personal-data port for an app that holds the database (keys in their own tables). */
@Global()
@Module({
  providers: [
    { provide: PersonalDataVault, useFactory: (dataSource: DataSource) => new PostgresPersonalDataVault(dataSource), inject: [DataSource] },
  ],
  exports: [PersonalDataVault],
})
export class PersonalDataModule {}
