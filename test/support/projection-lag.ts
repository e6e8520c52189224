/**
 * SQL answering `lag`: how many stored events the slowest read model has still to apply (every event
 * while no checkpoint exists yet). Positions have gaps and are ordered (commit, prepare), so the lag is
 * counted rather than taken as a difference of positions.
 */
export const PROJECTION_LAG_SQL = `
  SELECT count(*)::text AS lag FROM event_store.events e,
    (SELECT c, p FROM (SELECT commit_position AS c, prepare_position AS p FROM projection_checkpoints
                        UNION ALL SELECT -1, -1 WHERE NOT EXISTS (SELECT 1 FROM projection_checkpoints)) AS known
      ORDER BY c, p LIMIT 1) AS slowest
   WHERE (e.commit_position, e.global_position) > (slowest.c, slowest.p)`;
