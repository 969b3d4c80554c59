export * from './create-test-database';
export * from './test-server-url';
export * from './free-port';
export * from './stand-in-services';
export * from './kube-api';
export * from './test-sql';
