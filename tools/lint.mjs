#!/usr/bin/env node
// ESLint with the Nx project graph computed first. Without a cached graph (a fresh clone, CI),
// @nx/enforce-module-boundaries prints "No cached ProjectGraph is available" and skips itself,
// so no boundary would be enforced. Arguments are passed to ESLint unchanged.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const graph = spawnSync(bin('nx'), ['show', 'projects'], {
  cwd: root,
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (graph.status !== 0) {
  process.stderr.write('lint: computing the Nx project graph failed\n');
  process.exit(graph.status ?? 2);
}
const eslint = spawnSync(bin('eslint'), process.argv.slice(2), {
  cwd: root,
  env,
  stdio: 'inherit',
});
process.exit(eslint.status ?? 2);
