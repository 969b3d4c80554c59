import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LauncherError } from './launcher-error';
import { isSameProcess, processInfo, signal, waitForExit } from './process-table';

interface RecordedProcess {
  name: string;
  pid: number;
  /** /proc start time, so that a reused pid is never taken for ours. */
  started: string;
}

interface RunRecordFile {
  launcher: RecordedProcess;
  services: RecordedProcess[];
}

function recorded(name: string, pid: number): RecordedProcess | null {
  const info = processInfo(pid);
  return info ? { name, pid, started: info.started } : null;
}

/**
 * `$KORDON_HOME/run.json`: which launcher runs from this home and the services it
 * started, written while Kordon runs and removed when it stops. A start that
 * finds it knows an earlier one did not stop (see `recoverFromCrash`).
 */
export class RunRecord {
  private readonly file: string;
  private content: RunRecordFile | null = null;

  constructor(home: string) {
    this.file = path.join(home, 'run.json');
  }

  begin(): void {
    const launcher = recorded('launcher', process.pid);
    if (!launcher) return; // no /proc: nothing to recover from later either
    this.content = { launcher, services: [] };
    this.save();
  }

  addServices(services: { name: string; pid: number }[]): void {
    if (!this.content) return;
    for (const { name, pid } of services) {
      const entry = recorded(name, pid);
      if (entry) this.content.services.push(entry);
    }
    this.save();
  }

  end(): void {
    if (this.content) rmSync(this.file, { force: true });
    this.content = null;
  }

  private save(): void {
    mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o755 });
    writeFileSync(this.file, `${JSON.stringify(this.content, null, 2)}\n`, { mode: 0o644 });
  }
}

function readRecord(file: string): RunRecordFile | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<RunRecordFile>;
    return parsed.launcher && Array.isArray(parsed.services) ? (parsed as RunRecordFile) : null;
  } catch {
    return null;
  }
}

async function stopLeftover(service: RecordedProcess, log: (line: string) => void): Promise<void> {
  log(
    `stopping the ${service.name} (pid ${service.pid}) that an earlier start left running (it did not stop: crashed or killed?)`,
  );
  signal(-service.pid, 'SIGTERM'); // its process group: the launcher starts each service detached
  if (await waitForExit(service.pid, service.started, 5_000)) return;
  signal(-service.pid, 'SIGKILL');
  await waitForExit(service.pid, service.started, 5_000);
}

/**
 * Before starting: when `$KORDON_HOME/run.json` names a launcher that still runs,
 * refuses (Kordon already runs from this home); when it names one that is gone
 * (crashed, SIGKILL), stops the services it left running. Resolves whether such
 * an earlier launcher is gone, so that its Postgres may be stopped too.
 */
export async function recoverFromCrash(
  home: string,
  log: (line: string) => void,
): Promise<{ launcherGone: boolean }> {
  const file = path.join(home, 'run.json');
  const record = readRecord(file);
  if (!record) return { launcherGone: false };
  const { launcher } = record;
  if (isSameProcess(launcher.pid, launcher.started)) {
    throw new LauncherError(
      `Kordon already runs from ${home} (launcher pid ${launcher.pid}). ` +
        `Stop it first (Ctrl-C where it runs, or kill ${launcher.pid}), or give this one another KORDON_HOME.`,
    );
  }
  const left = record.services.filter((s) => isSameProcess(s.pid, s.started));
  for (const service of left) await stopLeftover(service, log);
  rmSync(file, { force: true });
  return { launcherGone: true };
}
