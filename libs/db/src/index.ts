export * from './migrations/apply-migrations';
export * from './connection';
