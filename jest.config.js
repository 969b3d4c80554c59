/** One Jest run for the whole workspace: swc transpiles TypeScript (~4× faster than ts-jest). */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        react: { runtime: 'automatic' },
      },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@kordon/(engine|contracts|db|config|testing)$': '<rootDir>/libs/$1/src/index.ts',
  },
  testMatch: ['<rootDir>/{apps,libs,tools,bench}/**/*.spec.ts'],
  // ESM-only packages (and CJS ones that `import()` at run time) are compiled to CommonJS for
  // Jest, which cannot run a native import() without --experimental-vm-modules. Outside Jest,
  // Node 20.19+ loads them itself (require of ESM). See apps/api/src/auth/esm.ts.
  transformIgnorePatterns: [
    '/node_modules/(?!(@fastify/cookie|cookie|openid-client|oauth4webapi|jose)/)',
  ],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/\\.next/'],
  testTimeout: 60000,
  // One embedded Postgres for the whole run unless TEST_DATABASE_URL names a server.
  globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
};
