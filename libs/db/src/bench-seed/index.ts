export * from './seed-types';
export * from './seed-variant';
export * from './write-seed-cluster';
export * from './seed-database';
