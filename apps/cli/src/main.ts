/**
 * Operator and auditor commands. `npm run cli -- --help` lists them; `npm run cli -- <command> --help`
 * explains one. Against `npm start` they find the embedded database by themselves (through DATA_DIR);
 * elsewhere set DATABASE_URL (and EVENTSTORE_CONNECTION_STRING when the events live in EventStoreDB).
 */
import 'reflect-metadata';
import { CommanderError } from 'commander';
import { operatorProgram } from './operator-program';

/** Runs one command line; returns the exit code. `out` receives every line meant for the operator. */
export async function run(args: string[], out: (line: string) => void = console.log): Promise<number> {
  let code = 0;
  const program = operatorProgram(out, (c) => (code = c));
  try {
    await program.parseAsync(args, { from: 'user' });
    return code;
  } catch (error: unknown) {
    if (error instanceof CommanderError) return error.exitCode;
    throw error;
  }
}

if (require.main === module) {
  run(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
