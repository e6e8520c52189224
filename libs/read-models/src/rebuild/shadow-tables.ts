import { Client } from 'pg';

/**
 * Fresh copies of the read-model tables in a schema of their own, loaded first and indexed after.
 * Unique indexes (keys and the conflict targets of upserts) and the lookups projections make while
 * they replay are there from the start; the others (GIN trigram and array indexes, costly to keep
 * row by row, and the b-trees only queries use) are built in one pass each once the rows are in,
 * then every table is analysed, so the planner knows the new tables before the first query reaches them.
 * (Loading unlogged tables and making them logged at the end was measured: the rewrite cost what the
 * saved write-ahead log did, so the tables are logged from the start.)
 */
interface IndexDefinition {
  table: string;
  name: string;
  method: string;
  definition: string;
  /** 'p' or 'u' when the index backs a primary key or unique constraint. */
  constraint: string | null;
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function indexesOf(client: Client, tables: readonly string[]): Promise<IndexDefinition[]> {
  const { rows } = await client.query<IndexDefinition>(
    `SELECT c.relname AS table, ic.relname AS name, am.amname AS method, pg_get_indexdef(i.indexrelid) AS definition,
            con.contype AS constraint
       FROM pg_index i
       JOIN pg_class c ON c.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_class ic ON ic.oid = i.indexrelid
       JOIN pg_am am ON am.oid = ic.relam
       LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = c.oid
      WHERE n.nspname = 'public' AND c.relname = ANY($1)
      ORDER BY c.relname, ic.relname`,
    [tables],
  );
  return rows;
}

async function createIndex(client: Client, schema: string, index: IndexDefinition): Promise<void> {
  const from = ` ON public.${index.table} `;
  if (!index.definition.includes(from)) throw new Error(`cannot place index ${index.name}: ${index.definition}`);
  await client.query(index.definition.replace(from, ` ON ${schema}.${index.table} `));
  if (index.constraint === 'p' || index.constraint === 'u')
    await client.query(
      `ALTER TABLE ${schema}.${index.table} ADD CONSTRAINT "${index.name}" ${index.constraint === 'p' ? 'PRIMARY KEY' : 'UNIQUE'} USING INDEX "${index.name}"`,
    );
}

/**
 * Creates the empty tables with their unique and `lookups` indexes (none on `appendOnly` tables); returns
 * the indexes to build after loading.
 */
export async function createShadowTables(
  url: string,
  schema: string,
  tables: readonly string[],
  lookups: ReadonlySet<string>,
  /** Tables loaded with no index at all (see Projection.appendOnlyInRebuild). */
  appendOnly: ReadonlySet<string> = new Set(),
): Promise<IndexDefinition[]> {
  return withClient(url, async (client) => {
    await client.query(`CREATE SCHEMA ${schema}`);
    for (const table of tables)
      // No autovacuum while loading: its passes over tables still growing compete with the replay for the cores,
      // and the rows are analysed once at the end (finishShadowTables), which turns it back on.
      await client.query(
        `CREATE TABLE ${schema}.${table} (LIKE public.${table} INCLUDING ALL EXCLUDING INDEXES) WITH (autovacuum_enabled = false)`,
      );
    const deferred: IndexDefinition[] = [];
    for (const index of await indexesOf(client, tables)) {
      if (appendOnly.has(index.table)) deferred.push(index);
      else if (index.constraint || index.definition.startsWith('CREATE UNIQUE') || lookups.has(index.name))
        await createIndex(client, schema, index);
      else deferred.push(index);
    }
    return deferred;
  });
}

/**
 * Builds every table's deferred indexes and analyses it: table by table, largest first, two at a
 * time (one per core), so the small tables' work fits beside the largest one's.
 */
export async function finishShadowTables(
  url: string,
  schema: string,
  tables: readonly string[],
  deferred: readonly IndexDefinition[],
): Promise<void> {
  const sizes = await withClient(url, async (client) => {
    const { rows } = await client.query<{ table: string; bytes: string }>(
      `SELECT c.relname AS table, pg_total_relation_size(c.oid) AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relkind = 'r'`,
      [schema],
    );
    return new Map(rows.map((r) => [r.table, Number(r.bytes)]));
  });
  const queue = [...tables].sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0));
  const worker = () =>
    withClient(url, async (client) => {
      // Room to sort a large index in memory; this session only.
      await client.query(`SET maintenance_work_mem = '256MB'`);
      for (let table = queue.shift(); table; table = queue.shift()) {
        for (const index of deferred.filter((d) => d.table === table)) await createIndex(client, schema, index);
        await client.query(`ANALYZE ${schema}.${table}`);
        await client.query(`ALTER TABLE ${schema}.${table} RESET (autovacuum_enabled)`);
      }
    });
  await Promise.all([worker(), worker()]);
}

/**
 * Puts the rebuilt tables in place of the live ones in one transaction, by moving them between
 * schemas (no row is copied): readers wait for the moment it takes and then see the new tables
 * with their indexes and statistics. The live ones go to `<schema>_retired`, dropped with the shadow.
 */
export async function swapShadowTables(url: string, schema: string, tables: readonly string[]): Promise<void> {
  // The checkpoints first: a projector's transaction starts with them, so it waits before it holds any other table.
  const ordered = ['projection_checkpoints', ...tables.filter((t) => t !== 'projection_checkpoints')];
  for (let attempt = 1; ; attempt++) {
    try {
      await withClient(url, async (client) => {
        await client.query('BEGIN');
        try {
          await client.query(`SET LOCAL lock_timeout = '20s'`);
          await client.query(`LOCK TABLE ${ordered.map((t) => `public.${t}`).join(', ')} IN ACCESS EXCLUSIVE MODE`);
          await client.query(`CREATE SCHEMA ${schema}_retired`);
          for (const table of ordered) {
            await client.query(`ALTER TABLE public.${table} SET SCHEMA ${schema}_retired`);
            await client.query(`ALTER TABLE ${schema}.${table} SET SCHEMA public`);
          }
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      });
      return;
    } catch (error) {
      // A deadlock with a reader or a lock not granted in time: the swap had no effect; try again.
      const code = (error as { code?: string }).code;
      if (attempt >= 3 || (code !== '40P01' && code !== '55P03')) throw error;
    }
  }
}
