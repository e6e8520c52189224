export * from './org.events';
export * from './org.errors';
export * from './org.state';
export * from './org.decider';
export * from './demo-organisation';
export * from './unit-holdings';
