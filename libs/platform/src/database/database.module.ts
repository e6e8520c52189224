import { DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ModuleConfig } from '../config/module-config';
import { databaseConfig } from './database.config';
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
          imports: [ConfigModule.forFeature(databaseConfig)],
          inject: [databaseConfig.KEY],
          useFactory: (config: ModuleConfig<typeof databaseConfig>) => ({
            ...dataSourceOptions(config.DATABASE_URL, schema),
            extra: { max: 20 },
          }),
        }),
      ],
    };
  }
}
