// A real OpenID Connect provider (the `oidc-provider` package) for the single sign-on tests, run as
// its own Node process: the package is ESM-only and checks its options by realm, so it stays out of
// jest's module sandbox. Prints `ready <port>` once it listens; every login is accepted by the
// package's development interactions, and the account id becomes `preferred_username`.
import Provider from 'oidc-provider';

const [redirectUri] = process.argv.slice(2);
const port = Number(process.env.OIDC_TEST_PORT ?? 0);
const server = (await import('node:http')).createServer();
await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;
const provider = new Provider(issuer, {
  clients: [{ client_id: 'warehouse', client_secret: 'warehouse-test-secret', redirect_uris: [redirectUri], application_type: 'native' }],
  pkce: { required: () => true },
  claims: { openid: ['sub'], profile: ['preferred_username', 'name'] },
  findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: `sub-${id}`, preferred_username: id, name: id }) }),
});
server.on('request', provider.callback());
console.log(`ready ${issuer}`);
