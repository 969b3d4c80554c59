// Lint: typescript-eslint (strict-ish), Nx module boundaries (STYLE.md), engine purity,
// Prettier compatibility. CI runs it with zero warnings allowed.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';

const IO_BANNED = [
  'fs',
  'node:fs',
  'fs/promises',
  'node:fs/promises',
  'net',
  'node:net',
  'http',
  'node:http',
  'https',
  'node:https',
  'child_process',
  'node:child_process',
  'pg',
  'pg-boss',
];

/** Database drivers: imported in libs/db (and libs/testing) only. */
const DB_DRIVERS = ['pg', 'pg-copy-streams', 'pg-boss', '@prisma/client', '@prisma/adapter-pg'];
const DB_DRIVERS_MESSAGE =
  'Only libs/db talks to Postgres: use a repository and db.transaction(tx => …) from @kordon/db, or connectTestSql from @kordon/testing in tests (ADR 0005).';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'dist/**',
      '.kordon/**',
      '.nx/**',
      'apps/web/.next/**',
      'apps/web/next-env.d.ts',
      'libs/db/src/generated/**',
      'apps/web/src/server/generated/**',
      'test-artifacts/**',
      'bench/out/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { '@nx': nx },
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        __dirname: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        fetch: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        AbortController: 'readonly',
        structuredClone: 'readonly',
        require: 'readonly',
        module: 'writable',
        performance: 'readonly',
        queueMicrotask: 'readonly',
        setImmediate: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          caughtErrors: 'none',
        },
      ],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'type:engine',
              onlyDependOnLibsWithTags: [],
              bannedExternalImports: [
                '@nestjs/*',
                '@prisma/*',
                '@kubernetes/*',
                'pg',
                'pg-boss',
                'next',
                'react',
              ],
            },
            {
              sourceTag: 'type:contract',
              onlyDependOnLibsWithTags: ['type:engine'],
              bannedExternalImports: ['@nestjs/*', '@prisma/*', 'pg'],
            },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: [] },
            {
              sourceTag: 'type:adapter',
              onlyDependOnLibsWithTags: ['type:contract', 'type:engine', 'type:util'],
            },
            {
              sourceTag: 'type:testing',
              onlyDependOnLibsWithTags: [
                'type:adapter',
                'type:contract',
                'type:engine',
                'type:util',
                'type:app',
              ],
            },
            { sourceTag: 'scope:cli', onlyDependOnLibsWithTags: ['type:engine', 'type:contract'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: [] },
            {
              sourceTag: 'scope:server',
              onlyDependOnLibsWithTags: [
                'type:adapter',
                'type:contract',
                'type:engine',
                'type:util',
                'type:testing',
              ],
            },
          ],
        },
      ],
    },
  },
  {
    // SQL, the driver and transactions stay in libs/db (docs/adr/0005-one-database-stack.md): apps
    // hold an opaque Database and Tx. Tests reach the database through @kordon/testing, which
    // (like libs/db) may use pg. Placed before the engine block, whose stricter list wins there.
    files: ['apps/**/*.{ts,tsx,mts}', 'libs/**/*.{ts,tsx,mts}'],
    ignores: ['libs/db/**', 'libs/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: DB_DRIVERS.map((name) => ({ name, message: DB_DRIVERS_MESSAGE })),
          patterns: [
            { group: ['pg/*', '@prisma/*', 'prisma', 'prisma/*'], message: DB_DRIVERS_MESSAGE },
          ],
        },
      ],
    },
  },
  {
    // The engine is pure: no I/O, no clock, no framework (tests may read fixtures).
    files: ['libs/engine/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.perf.ts', '**/__bench__/**', '**/__fixtures__/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: IO_BANNED.map((name) => ({
            name,
            message: 'libs/engine is pure: no I/O (STYLE.md).',
          })),
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'libs/engine is pure: no I/O.' },
        { name: 'process', message: 'libs/engine reads no environment.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'libs/engine has no clock: time comes in as an argument.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'libs/engine has no randomness.',
        },
      ],
    },
  },
  {
    // End-to-end tests wire several apps together on purpose.
    files: ['apps/*/test/**/*.ts', 'apps/web/e2e/**/*.ts', '**/*.spec.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
