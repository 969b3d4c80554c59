import { readFileSync, realpathSync, rmSync } from 'node:fs';
import path from 'node:path';
import { LauncherError } from './launcher-error';
import { processInfo, signal, waitForExit, type ProcessInfo } from './process-table';

function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

/** Whether the process is a Postgres server (postmaster) started on `dataDir`. */
function isPostgresOn(info: ProcessInfo, dataDir: string): boolean {
  const [program, ...args] = info.command;
  const at = args.indexOf('-D');
  const dir = at >= 0 ? args[at + 1] : undefined;
  return path.basename(program ?? '') === 'postgres' && dir !== undefined && samePath(dir, dataDir);
}

function readLockPid(lockFile: string): number | null {
  try {
    return Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
  } catch {
    return null;
  }
}

async function stopOrphan(info: ProcessInfo, log: (line: string) => void): Promise<void> {
  log(
    `stopping the embedded Postgres (pid ${info.pid}) that an earlier start left running (it did not stop: crashed or killed?)`,
  );
  signal(info.pid, 'SIGINT'); // Postgres' "fast" shutdown: ends sessions, checkpoints, exits
  if (await waitForExit(info.pid, info.started, 30_000))
    return log(`stopped the embedded Postgres (pid ${info.pid})`);
  signal(info.pid, 'SIGQUIT'); // "immediate": no checkpoint; the next start recovers from the WAL
  if (await waitForExit(info.pid, info.started, 10_000))
    return log(
      `stopped the embedded Postgres (pid ${info.pid}; immediate shutdown, it recovers on start)`,
    );
  throw new LauncherError(
    `The Postgres (pid ${info.pid}) that an earlier start left running does not stop; stop it (kill -9 ${info.pid}) and start again.`,
  );
}

/**
 * Before starting Postgres on `dataDir`, deals with what an earlier one left, as
 * named by `postmaster.pid`: a Postgres on this data still running after its
 * launcher died (`launcherGone`, or re-parented to init) is shut down; one whose
 * launcher still runs is reported; a lock file naming a pid that is gone or no
 * longer this Postgres is stale (removed when the pid was reused).
 */
export async function clearStalePostgres(
  dataDir: string,
  launcherGone: boolean,
  log: (line: string) => void,
): Promise<void> {
  const lockFile = path.join(dataDir, 'postmaster.pid');
  const pid = readLockPid(lockFile);
  if (pid === null) return;
  const info = processInfo(pid);
  if (!info) {
    log(`the embedded Postgres (pid ${pid}) did not stop cleanly last time; it recovers on start`);
    return;
  }
  if (!isPostgresOn(info, dataDir)) {
    rmSync(lockFile, { force: true });
    log(`removed a stale ${lockFile} (pid ${pid} is no longer a Postgres on this data)`);
    return;
  }
  if (launcherGone || info.parent === 1) return stopOrphan(info, log);
  throw new LauncherError(
    `A Postgres (pid ${pid}) already runs on ${dataDir}, started by process ${info.parent}, which still runs ` +
      `(another Kordon on the same KORDON_HOME?). Stop it first (Ctrl-C where it runs, or kill -INT ${pid}), ` +
      'or give this one another KORDON_HOME.',
  );
}
