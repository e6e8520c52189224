import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * Inserts the row a creating event describes, unless it is there already: a repeated delivery of
 * the event leaves the row (and whatever later events made of it) as it is. True when inserted,
 * so a projection can keep counters in step.
 */
export async function insertOnce<T extends ObjectLiteral>(
  tx: EntityManager,
  entity: EntityTarget<T>,
  row: QueryDeepPartialEntity<T>,
): Promise<boolean> {
  const result = await tx.createQueryBuilder().insert().into(entity).values(row).orIgnore().returning('1').execute();
  return (result.raw as unknown[]).length > 0;
}
