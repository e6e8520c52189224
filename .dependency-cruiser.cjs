/**
 * The shape of the code base, checked on every `npm test` (via `npm run lint`).
 *  - platform knows no context; contexts plug into it from the apps
 *  - the crypto suite knows nothing of the product
 *  - domain code is pure: no framework, no database, no command handlers
 *  - the write side (commands) never reads a projection
 *  - an app never reaches into another app
 *  - no cycles
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'platform-knows-no-context',
      comment:
        'libs/platform is shared infrastructure; contexts and read models plug into it, never the reverse. (Its integration tests may run against the real schema.)',
      severity: 'error',
      from: { path: '^libs/platform/src/' },
      to: { path: '^libs/(assets|warehouse|sharing|property|depreciation|calendar|read-models|audit)/' },
    },
    {
      name: 'shared-knows-no-context',
      comment: 'libs/shared is the common kernel: identity, errors, calendar, clock.',
      severity: 'error',
      from: { path: '^libs/shared/src/' },
      to: { path: '^libs/(assets|warehouse|sharing|property|depreciation|calendar|read-models|audit|platform|event-store)/' },
    },
    {
      name: 'crypto-knows-nothing-else',
      comment: 'libs/crypto holds the algorithms only (a suite per deployment), so the standalone verifier and every context can take it.',
      severity: 'error',
      from: { path: '^libs/crypto/src/' },
      to: { path: '^(libs/(?!crypto/)|apps/)' },
    },
    {
      name: 'domain-is-pure',
      comment: 'Deciders, events and errors know no framework, no database and no command handlers.',
      severity: 'error',
      from: { path: ['^libs/[^/]+/src/domain/', '^libs/[^/]+/src/[a-z-]+/domain/'], pathNot: '\\.spec\\.ts$' },
      to: {
        path: [
          '^node_modules/(@nestjs|typeorm|pg|@eventstore|class-validator|class-transformer|express)/',
          '^libs/[^/]+/src/(commands|testing)/',
          '^libs/(platform|read-models|event-store)/',
          '^apps/',
        ],
      },
    },
    {
      name: 'commands-never-read-projections',
      comment: 'A write decision is taken from the event streams only; read models lag behind them.',
      severity: 'error',
      from: { path: '^libs/(assets|warehouse|sharing|property|depreciation|calendar)/' },
      to: { path: '^libs/read-models/' },
    },
    {
      name: 'libs-know-no-app',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'app-never-reaches-into-another-app',
      comment: 'Each app composes libraries; what two apps share lives in a lib.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|coverage|\\.data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
