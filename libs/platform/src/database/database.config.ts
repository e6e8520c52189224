import { Matches } from 'class-validator';
import { moduleConfig } from '../config/module-config';

export class DatabaseConfig {
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// connection URL' })
  DATABASE_URL!: string;
}

export const databaseConfig = moduleConfig('database', DatabaseConfig);
