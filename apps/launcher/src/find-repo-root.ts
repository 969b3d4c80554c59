import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The Kordon checkout holding this file, from source (apps/launcher/src) or from dist/. */
export function findRepoRoot(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string };
      if (parsed.name === 'kordon') return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Kordon's package.json not found above ${start}`);
    dir = parent;
  }
}
