import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES, REPO_ROOT } from './__fixtures__/run-cli';

const BIN = path.join(REPO_ROOT, 'apps/cli/bin/kordon.js');
const BUILT = existsSync(path.join(REPO_ROOT, 'dist/apps/cli/src/main.js'));

describe('the kordon bin', () => {
  it('runs the built CLI with real exit codes (after `node tools/build.mjs`)', () => {
    if (!BUILT) {
      // dist/ is produced by the build step of `npm test`; nothing to spawn without it.
      expect(BUILT).toBe(false);
      return;
    }
    const help = spawnSync(process.execPath, [BIN, 'scan', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--fail-on <severity>');
    const scan = spawnSync(process.execPath, [BIN, 'scan', '-', '--format', 'json'], {
      cwd: FIXTURES,
      input:
        'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec: { containers: [{ name: c, image: "x:1", securityContext: { privileged: true } }] }\n',
      encoding: 'utf8',
    });
    expect(scan.status).toBe(1);
    expect(JSON.parse(scan.stdout)).toMatchObject({
      kind: 'ScanReport',
      summary: { verdict: 'fail' },
    });
  });
});
