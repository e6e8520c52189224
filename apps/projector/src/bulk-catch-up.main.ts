import 'reflect-metadata';
import { validateConfig } from '@app/platform/config/validate-config';
import { startupErrorLine } from '@app/platform/config/startup-error';
import { CryptoSuiteConfig, suiteFromConfig } from '@app/platform/crypto/crypto-suite.module';
import { openEventStore } from '@app/platform/event-store/event-store.module';
import { ReadModelRebuilder } from '@app/read-models/rebuild/read-model-rebuilder';

/**
 * The bulk build BulkCatchUp starts in a process of its own (bounded heap): every read model rebuilt into
 * BULK_SCHEMA up to BULK_UNTIL, then swapped in with the checkpoints. Exit 0 once swapped; anything else
 * leaves the live tables as they were.
 */
async function build(env: NodeJS.ProcessEnv): Promise<void> {
  const [commit, prepare] = (env.BULK_UNTIL ?? '').split('/');
  if (!env.BULK_SCHEMA || !commit || !prepare || !env.DATABASE_URL) throw new Error('BULK_SCHEMA, BULK_UNTIL and DATABASE_URL are needed');
  const store = openEventStore(env);
  const suite = suiteFromConfig(validateConfig(CryptoSuiteConfig, env));
  let reported = 0;
  const rebuilder = new ReadModelRebuilder(
    store,
    env.DATABASE_URL,
    suite,
    ({ events, seconds }) => {
      if (seconds - reported < 10) return;
      reported = seconds;
      console.log(`[projector:bulk-catch-up] ${events} events, ${Math.round(events / Math.max(seconds, 0.001))} events/s`);
    },
    undefined,
    Number(env.BULK_HELD_ROWS) || undefined,
  );
  try {
    const built = await rebuilder.buildShadow({ commit: BigInt(commit), prepare: BigInt(prepare) }, env.BULK_SCHEMA);
    await rebuilder.swapIn(built.schema);
    console.log(`[projector:bulk-catch-up] ${built.events} events replayed, tables swapped in`);
  } finally {
    await store.close();
  }
}

build(process.env).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[projector:bulk-catch-up] failed: ${startupErrorLine(error)}`);
    process.exit(1);
  },
);
