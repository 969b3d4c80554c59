import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

/** Lints one in-memory file as `npm run lint` would, from a fresh clone's state (no Nx cache). */
function lint(filename: string, source: string, workspaceData: string) {
  const result = spawnSync(
    process.execPath,
    ['tools/lint.mjs', '--stdin', '--stdin-filename', filename, '--max-warnings', '0'],
    {
      cwd: root,
      input: source,
      encoding: 'utf8',
      env: { ...process.env, NX_WORKSPACE_DATA_DIRECTORY: workspaceData },
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run lint enforces module boundaries in a fresh clone', () => {
  let workspaceData: string;
  beforeEach(() => {
    workspaceData = mkdtempSync(path.join(tmpdir(), 'kordon-nx-'));
  });
  afterEach(() => rmSync(workspaceData, { recursive: true, force: true }));

  it('fails an engine file that imports @kordon/db', () => {
    const result = lint(
      'libs/engine/src/forbidden-probe.ts',
      "import { applyMigrations } from '@kordon/db';\nexport const probe = applyMigrations;\n",
      workspaceData,
    );
    expect(result.status).toBe(1);
    expect(result.output).toContain('@nx/enforce-module-boundaries');
    expect(result.output).not.toContain('No cached ProjectGraph');
  }, 60_000);

  it('fails an engine file that does I/O', () => {
    const result = lint(
      'libs/engine/src/forbidden-probe.ts',
      "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n",
      workspaceData,
    );
    expect(result.status).toBe(1);
    expect(result.output).toContain('node:fs');
  }, 60_000);

  it.each([
    ['an api service', 'apps/api/src/forbidden-probe.ts', "import { Pool } from 'pg';"],
    [
      'a worker file',
      'apps/worker/src/forbidden-probe.ts',
      "import type { PoolClient } from 'pg';",
    ],
    ['an api test', 'apps/api/test/forbidden-probe.spec.ts', "import { Client } from 'pg';"],
    ['the CLI', 'apps/cli/src/forbidden-probe.ts', "import { from } from 'pg-copy-streams';"],
    [
      'libs/contracts',
      'libs/contracts/src/forbidden-probe.ts',
      "import { PrismaClient } from '@prisma/client';",
    ],
  ])(
    'fails %s that imports a database driver (only libs/db may)',
    (_, file, line) => {
      const result = lint(file, `${line}\nexport type Probe = unknown;\n`, workspaceData);
      expect(result.status).toBe(1);
      expect(result.output).toContain('no-restricted-imports');
      expect(result.output).toContain('Only libs/db talks to Postgres');
    },
    60_000,
  );

  it('passes libs/db and libs/testing importing pg', () => {
    for (const file of ['libs/db/src/allowed-probe.ts', 'libs/testing/src/allowed-probe.ts']) {
      const result = lint(
        file,
        "import { Pool } from 'pg';\nexport const probe = Pool;\n",
        workspaceData,
      );
      expect(result.output).toBe('');
      expect(result.status).toBe(0);
    }
  }, 120_000);

  it('passes an api file that imports @kordon/db', () => {
    const result = lint(
      'apps/api/src/allowed-probe.ts',
      "import { applyMigrations } from '@kordon/db';\nexport const probe = applyMigrations;\n",
      workspaceData,
    );
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  }, 60_000);
});
