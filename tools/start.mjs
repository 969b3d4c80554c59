#!/usr/bin/env node
// `npm start`: runs the compiled launcher, or says how to build it.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const launcher = path.join(root, 'dist/apps/launcher/src/main.js');
if (!existsSync(launcher)) {
  console.error('Kordon is not built yet: run `npm install` (or `npm run build`) first.');
  process.exit(1);
}
createRequire(import.meta.url)(launcher);
