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

function onStopSignals(kordon: RunningKordon): void {
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    say(`\nkordon: ${signal} received, stopping the services, then Postgres…`);
    void kordon.stop().then(() => {
      say('kordon: stopped.');
      process.exit(0);
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

const starting = new AbortController();

async function main(): Promise<void> {
  const config = loadConfig(launcherEnvSchema, process.env);
  // A signal while starting aborts the start; startKordon stops whatever already runs.
  const early = () => {
    complain('\nkordon: interrupted while starting; stopping what already runs…');
    starting.abort();
  };
  process.once('SIGINT', early);
  process.once('SIGTERM', early);
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
  process.off('SIGINT', early);
  process.off('SIGTERM', early);
  onStopSignals(kordon);
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
