export * from './account.events';
export * from './account.errors';
export * from './account.state';
export * from './account.decider';
export * from './password-rules';
export * from './session';
export * from './phone-code';
export * from './phone-code.errors';
