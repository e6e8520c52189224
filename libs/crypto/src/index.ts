export * from './crypto-suite';
export * from './international.suite';
export * from './gm.suite';
export * from './suites';
