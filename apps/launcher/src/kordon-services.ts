import { existsSync } from 'node:fs';
import path from 'node:path';
import { LauncherError } from './launcher-error';

export type ServiceName = 'api' | 'worker' | 'web';

/** How to run one service; `command` is run with `args` from the repository root. */
export interface ServiceCommand {
  command: string;
  args: string[];
}

export interface ServiceSpec extends ServiceCommand {
  name: ServiceName;
  env: Record<string, string>;
}

/** Files a default command needs, relative to the root: the build output. */
const BUILT_FILES: Record<ServiceName, string> = {
  api: 'dist/apps/api/src/main.js',
  worker: 'dist/apps/worker/src/main.js',
  web: 'apps/web/.next/BUILD_ID',
};

/**
 * The commands `npm start` runs: the compiled api and worker, and the dashboard's own server
 * (apps/web/server.mjs: the built Next app behind a server that resolves the client's address).
 */
export function defaultCommands(webPort: number): Record<ServiceName, ServiceCommand> {
  return {
    api: { command: process.execPath, args: [BUILT_FILES.api] },
    worker: { command: process.execPath, args: [BUILT_FILES.worker] },
    web: {
      command: process.execPath,
      args: ['apps/web/server.mjs', '--port', String(webPort), '--hostname', '127.0.0.1'],
    },
  };
}

/** Fails with "run npm install (or npm run build) first" when a default command's build output is missing. */
export function checkBuilt(root: string, names: ServiceName[]): void {
  const missing = names
    .map((name) => BUILT_FILES[name])
    .filter((file) => !existsSync(path.join(root, file)));
  if (missing.length === 0) return;
  throw new LauncherError(
    `Kordon is not built yet: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing in ${root}.\n` +
      'Run npm install (or npm run build) first. An install with --ignore-scripts skips the build.',
  );
}
