import { validateConfig } from '../config/validate-config';
import { EventStoreConfig } from './event-store.config';
import { esdbConnectionStringProblem } from './esdb-connection-string';

describe('EVENTSTORE_CONNECTION_STRING is checked with the client’s own parser', () => {
  it.each([
    'esdb://localhost:2113?tls=false',
    'esdb://admin:changeit@node1:2113,node2:2113,node3:2113?tls=true&tlsCAFile=/etc/cloud-warehouse/ca.crt',
    'esdb+discover://admin:changeit@cluster.internal:2113?tlsCAFile=/etc/ca.crt&nodePreference=leader',
  ])('takes %s', (value) => {
    expect(esdbConnectionStringProblem(value)).toBeNull();
    expect(validateConfig(EventStoreConfig, { EVENTSTORE_CONNECTION_STRING: value }).EVENTSTORE_CONNECTION_STRING).toBe(value);
  });

  it.each([
    ['kurrentdb://node1:2113', 'expected esdb:// or esdb+discover://'],
    ['esdb://node1:2113?tls=maybe', 'expected true or false'],
    ['esdb://node1:2113?tlsCertificateFile=/etc/ca.crt', 'Unknown option key "tlsCertificateFile"'],
    ['http://node1:2113', 'expected esdb:// or esdb+discover://'],
  ])('refuses %s, saying why', (value, why) => {
    expect(esdbConnectionStringProblem(value)).toContain(why);
    expect(() => validateConfig(EventStoreConfig, { EVENTSTORE_CONNECTION_STRING: value })).toThrow(why);
  });
});
