export * from './config/validate-config';
export * from './database/migrate';
export * from './cqrs/execute-on-stream';
