import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { validateConfig } from '../config/validate-config';
import { DatabaseConfig } from './database.config';
import { dataSourceOptions } from './migrate';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      useFactory: () => ({ ...dataSourceOptions(validateConfig(DatabaseConfig).DATABASE_URL, DATABASE_SCHEMA), extra: { max: 20 } }),
    }),
  ],
})
export class DatabaseModule {}
