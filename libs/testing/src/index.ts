export * from './create-test-database';
export * from './test-server-url';
