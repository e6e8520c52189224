import { ValidatorConstraint, ValidatorConstraintInterface, ValidationArguments } from 'class-validator';
// The client's own parser: what it refuses at start-up is refused here, with its words (not exported from the package root).
import { parseConnectionString } from '@eventstore/db-client/dist/Client/parseConnectionString';

/** Why the EventStoreDB client would refuse or misread this connection string, or null when it takes it whole. */
export function esdbConnectionStringProblem(value: string): string | null {
  const ignored: string[] = [];
  const warn = console.warn;
  // The client only warns about an option it does not know and then ignores it: a misspelt tlsCAFile would go unnoticed.
  console.warn = (...args: unknown[]) => void ignored.push(String(args[0]).split('\n')[0]);
  try {
    parseConnectionString(value);
  } catch (error: unknown) {
    return (error as Error).message.split('\n')[0];
  } finally {
    console.warn = warn;
  }
  return ignored.length > 0 ? ignored.join('; ') : null;
}

@ValidatorConstraint({ name: 'esdbConnectionString' })
export class EsdbConnectionString implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && esdbConnectionStringProblem(value) === null;
  }

  defaultMessage(args: ValidationArguments): string {
    const problem = typeof args.value === 'string' ? esdbConnectionStringProblem(args.value) : 'not text';
    return `EVENTSTORE_CONNECTION_STRING is not one the EventStoreDB client accepts (${problem}); e.g. esdb://node1:2113,node2:2113,node3:2113?tls=true&tlsCAFile=/etc/cloud-warehouse/ca.crt`;
  }
}
