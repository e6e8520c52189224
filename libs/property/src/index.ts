export * from './domain/property.constants';
export * from './domain/coordinates';
export * from './domain/property.events';
export * from './domain/property.errors';
export * from './domain/property.state';
export * from './domain/property.commands';
export * from './domain/property.decider';
