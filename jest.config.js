/** @type {import('jest').Config} */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs', ignoreDynamic: true },
  },
];
const moduleNameMapper = {
  '^@app/(shared|event-store|assets|platform|read-models|warehouse|sharing|audit|crypto|depreciation|calendar|property)$':
    '<rootDir>/libs/$1/src',
  '^@app/(shared|event-store|assets|platform|read-models|warehouse|sharing|audit|crypto|depreciation|calendar|property)/(.*)$':
    '<rootDir>/libs/$1/src/$2',
  '^@test/(.*)$': '<rootDir>/test/$1',
};
const common = { transform: { '^.+\\.ts$': swc }, moduleNameMapper, testEnvironment: 'node', rootDir: __dirname };
/** Specs of the China calendar and the sharing domain, run again in zones either side of UTC and China. */
const calendarSpecs = [
  '<rootDir>/libs/shared/src/**/*.spec.ts',
  '<rootDir>/libs/sharing/src/**/*.spec.ts',
  '<rootDir>/libs/calendar/src/**/*.spec.ts',
];
const inTimeZone = (timeZone) => ({
  ...common,
  displayName: `unit TZ=${timeZone}`,
  testMatch: calendarSpecs,
  testEnvironment: '<rootDir>/test/support/time-zone-environment.js',
  testEnvironmentOptions: { timeZone },
});

module.exports = {
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,test}/**/*.spec.ts'] },
    { ...common, displayName: 'int', testMatch: ['<rootDir>/{apps,libs,test}/**/*.int-spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/{apps,libs,test}/**/*.e2e-spec.ts'],
      // Prints what the open pages showed when a browser test fails.
      testEnvironment: '<rootDir>/test/support/browser-failure-environment.js',
    },
    inTimeZone('America/New_York'),
    inTimeZone('Pacific/Kiritimati'),
  ],
};
