#!/usr/bin/env node
// `prisma generate` needs DATABASE_URL to be set (it never connects); give it a placeholder.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
execFileSync(
  process.execPath,
  [path.join(root, 'node_modules/prisma/build/index.js'), 'generate'],
  {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: process.env.DATABASE_URL || 'postgresql://localhost:5432/kordon',
      CHECKPOINT_DISABLE: '1',
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
    },
  },
);
