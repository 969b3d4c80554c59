#!/usr/bin/env node
import { ConfigError, launcherEnvSchema, loadConfig } from '@kordon/config';
import { LauncherError } from './launcher-error';
import { startKordon, type RunningKordon } from './start-kordon';

const say = (line: string) => process.stdout.write(`${line}\n`);
const complain = (line: string) => process.stderr.write(`${line}\n`);

/** Problems people can fix are printed as is; anything else is a bug, printed with its stack. */
function report(error: unknown): void {
  if (error instanceof LauncherError || error instanceof ConfigError)
    complain(`\nkordon: ${error.message}`);
  else
    complain(
      `\nkordon: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
}

/** Signals that stop Kordon: Ctrl-C, a supervisor's SIGTERM, a closed terminal. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Calls `onGone` once when the process that started the launcher exits (its parent
 * pid changes): `kill -TERM <npm>` ends npm and its `sh -c` without passing the
 * signal on, and the launcher must not keep the services and Postgres running orphaned.
 */
function watchParent(onGone: () => void, everyMs = 500): () => void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onGone();
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

function onStopRequests(kordon: RunningKordon): void {
  let stopping = false;
  const shutdown = (reason: string) => {
    if (stopping) return;
    stopping = true;
    say(`\nkordon: ${reason}, stopping the services, then Postgres…`);
    void kordon.stop().then(() => {
      say('kordon: stopped.');
      process.exit(0);
    });
  };
  for (const signal of STOP_SIGNALS) process.on(signal, () => shutdown(`${signal} received`));
  watchParent(() => shutdown('the process that started it (npm) exited'));
}

const starting = new AbortController();

async function main(): Promise<void> {
  const config = loadConfig(launcherEnvSchema, process.env);
  // A signal while starting aborts the start; startKordon stops whatever already runs.
  const early = () => {
    if (starting.signal.aborted) return;
    complain('\nkordon: interrupted while starting; stopping what already runs…');
    starting.abort();
  };
  for (const signal of STOP_SIGNALS) process.on(signal, early);
  const unwatchParent = watchParent(early);
  const kordon = await startKordon({
    home: config.KORDON_HOME,
    databaseUrl: config.DATABASE_URL,
    apiPort: config.KORDON_API_PORT,
    webPort: config.KORDON_WEB_PORT,
    pgPort: config.KORDON_PG_PORT,
    pgDir: config.KORDON_PG_DIR,
    log: say,
    colour: process.stdout.isTTY === true,
    env: process.env,
    abort: starting.signal,
  });
  for (const signal of STOP_SIGNALS) process.off(signal, early);
  unwatchParent();
  onStopRequests(kordon);
  const failure = await kordon.failed;
  complain(`\nkordon: ${failure.message}`);
  process.exit(1);
}

main().catch((error: unknown) => {
  if (starting.signal.aborted) {
    say('kordon: stopped.');
    process.exit(0);
  }
  report(error);
  process.exit(1);
});
