export * from './migrations/apply-migrations';
export * from './connection';
export * from './repositories/tokens.repository';
