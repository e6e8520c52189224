import { EventStoreSchema1732300000000 } from '@app/event-store';
import type { SchemaDefinition } from '@app/platform/database/migrate';
import { AssetRegisterRow } from './asset-register/asset-register.entity';
import { ProjectionCheckpoint } from './checkpoints/projection-checkpoint.entity';
import { AssetRegister1732300000100 } from './migrations/1732300000100-asset-register';

/** Every table the system owns: the PostgreSQL event store and the read models, in migration order. */
export const DATABASE_SCHEMA: SchemaDefinition = {
  entities: [ProjectionCheckpoint, AssetRegisterRow],
  migrations: [EventStoreSchema1732300000000, AssetRegister1732300000100],
};
