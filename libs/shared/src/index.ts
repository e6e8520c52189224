export * from './domain-error';
export * from './identity';
export * from './calendar';
export * from './department';
export * from './departments/department-directory';
export * from './clock';
export * from './organisation';
