export * from './domain-error';
export * from './identity';
export * from './calendar';
