import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { InputError, InputSource } from './input-source';

/** Files picked up when walking a directory; files named explicitly are read whatever their name. */
const MANIFEST_FILE = /\.(ya?ml|json|ndjson)(\.gz)?$|\.gz$/i;

async function walk(dir: string, display: string, out: InputSource[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    const shown = path.join(display, entry.name);
    if (entry.isDirectory()) await walk(full, shown, out);
    else if (entry.isFile() && MANIFEST_FILE.test(entry.name))
      out.push({ display: shown, path: full });
  }
}

/** Files to read for the paths given: files as is, directories recursively, `-` as stdin. */
export async function expandPaths(
  args: readonly string[],
  cwd: string,
): Promise<{ sources: InputSource[]; errors: InputError[] }> {
  const sources: InputSource[] = [];
  const errors: InputError[] = [];
  for (const arg of args) {
    if (arg === '-') {
      sources.push({ display: '-', path: null });
      continue;
    }
    const full = path.resolve(cwd, arg);
    try {
      const info = await stat(full);
      if (info.isDirectory()) await walk(full, arg, sources);
      else sources.push({ display: arg, path: full });
    } catch (error) {
      const code = (error as { code?: string }).code;
      const message =
        code === 'ENOENT'
          ? 'no such file or directory'
          : error instanceof Error
            ? error.message
            : String(error);
      errors.push({ file: arg, line: null, message });
    }
  }
  return { sources, errors };
}
