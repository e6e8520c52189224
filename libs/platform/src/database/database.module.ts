import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { validateConfig } from '../config/validate-config';
import { DatabaseConfig } from './database.config';
import { dataSourceOptions, SchemaDefinition } from './migrate';

/** PostgreSQL for an app; the app says which tables (entities and migrations) it owns. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(schema: SchemaDefinition): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({ ...dataSourceOptions(validateConfig(DatabaseConfig).DATABASE_URL, schema), extra: { max: 20 } }),
        }),
      ],
    };
  }
}
