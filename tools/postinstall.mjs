#!/usr/bin/env node
// Runs after `npm install` / `npm ci`: compiles the Node projects, generates the dashboard's API types from the OpenAPI document and builds the
// dashboard, so that `npm start` itself is fast.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const run = (label, args) => {
  const started = Date.now();
  process.stdout.write(`kordon postinstall: ${label}…\n`);
  execFileSync(process.execPath, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  process.stdout.write(
    `kordon postinstall: ${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
};

run('compiling api, worker, cli and libs', ['tools/build.mjs']);
if (
  existsSync(path.join(root, 'apps/web/next.config.mjs')) ||
  existsSync(path.join(root, 'apps/web/next.config.ts'))
) {
  run('generating the dashboard API types', ['tools/generate-web-api-types.mjs']);
  run('building the dashboard', ['node_modules/next/dist/bin/next', 'build', 'apps/web']);
}
