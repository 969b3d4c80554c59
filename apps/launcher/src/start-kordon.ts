import path from 'node:path';
import { applyMigrations } from '@kordon/db';
import { ensureAdminToken } from './admin-token';
import { adminUserLines, ensureAdminUser } from './admin-user';
import { checkPortFree } from './check-port-free';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres';
import { findRepoRoot } from './find-repo-root';
import {
  checkBuilt,
  defaultCommands,
  type ServiceCommand,
  type ServiceName,
} from './kordon-services';
import { LauncherError } from './launcher-error';
import { adminTokenLines, readyLines } from './ready-banner';
import { serviceSpecs } from './service-specs';
import { RunRecord, recoverFromCrash } from './run-record';
import { ServiceSupervisor } from './service-supervisor';
import { waitForHttp } from './wait-for-http';

export interface StartKordonOptions {
  /** `$KORDON_HOME`: embedded Postgres data and the admin-token file. */
  home: string;
  /** An existing Postgres database; without it, an embedded Postgres runs under `home`. */
  databaseUrl?: string;
  apiPort: number;
  webPort: number;
  pgPort: number;
  /**
   * `KORDON_PG_DIR` (default `/var/lib/kordon`): as root, where a copy of the Postgres
   * binaries and the data go when the `postgres` user cannot reach them in the checkout.
   */
  pgDir?: string;
  /** Default true. */
  startWeb?: boolean;
  log?: (line: string) => void;
  /** Colour the `[api]` prefixes (main.ts: when stdout is a TTY). */
  colour?: boolean;
  /** Environment the services inherit (main.ts passes its own); launcher variables are set on top. */
  env?: Record<string, string | undefined>;
  /** Internal (tests): replace a service's command, e.g. with a stand-in script. */
  commands?: Partial<Record<ServiceName, ServiceCommand>>;
  /** Internal (tests): the checkout to run from; default: the one holding this file. */
  root?: string;
  readyTimeoutMs?: number;
  /** Aborts a start in progress (main.ts: Ctrl-C while starting); what already runs is stopped. */
  abort?: AbortSignal;
}

export interface RunningKordon {
  apiUrl: string;
  webUrl: string;
  adminToken: string | null;
  /** The first admin user's email, and its password when this start created it. */
  adminEmail: string;
  adminPassword: string | null;
  databaseUrl: string;
  /** Resolves, after everything was stopped, when a service or Postgres exited on its own. */
  failed: Promise<LauncherError>;
  /** Stops the services (SIGTERM, SIGKILL after 5 s), then Postgres. Idempotent. */
  stop(): Promise<void>;
}

interface Context extends Required<
  Pick<StartKordonOptions, 'log' | 'startWeb' | 'root' | 'readyTimeoutMs'>
> {
  options: StartKordonOptions;
  home: string;
  services: ServiceName[];
  commands: Record<ServiceName, ServiceCommand>;
}

function resolveContext(options: StartKordonOptions): Context {
  const startWeb = options.startWeb ?? true;
  const services: ServiceName[] = startWeb ? ['api', 'worker', 'web'] : ['api', 'worker'];
  return {
    options,
    startWeb,
    services,
    log: options.log ?? ((line) => process.stdout.write(`${line}\n`)),
    root: options.root ?? findRepoRoot(),
    readyTimeoutMs: options.readyTimeoutMs ?? 60_000,
    home: path.resolve(options.home),
    commands: { ...defaultCommands(options.webPort), ...options.commands },
  };
}

async function preflight(ctx: Context): Promise<void> {
  checkBuilt(
    ctx.root,
    ctx.services.filter((name) => !ctx.options.commands?.[name]),
  );
  await checkPortFree(ctx.options.apiPort, 'KORDON_API_PORT');
  if (ctx.startWeb) await checkPortFree(ctx.options.webPort, 'KORDON_WEB_PORT');
}

/** The embedded Postgres, unless `databaseUrl` names a server. */
async function startDatabase(ctx: Context, launcherGone: boolean): Promise<RunningPostgres | null> {
  if (ctx.options.databaseUrl) return null;
  return startEmbeddedPostgres({
    root: ctx.root,
    home: ctx.home,
    port: ctx.options.pgPort,
    pgDir: ctx.options.pgDir ?? '/var/lib/kordon',
    launcherGone,
    log: ctx.log,
  });
}

async function prepareDatabase(ctx: Context, databaseUrl: string) {
  const migrations = await applyMigrations(databaseUrl);
  ctx.log(
    `database migrated (${migrations.applied.length} new, ${migrations.alreadyApplied} already applied)`,
  );
  const admin = await ensureAdminToken(databaseUrl, ctx.home);
  const user = await ensureAdminUser(databaseUrl);
  // printed after the "Kordon is running" banner, where the services' start-up output cannot push them away
  const credentials = [...adminTokenLines(admin), ...adminUserLines(user)];
  return { ...admin, user, credentials };
}

function abortedPromise(signal: AbortSignal | undefined): Promise<LauncherError> {
  const error = () => new LauncherError('Interrupted while starting.');
  if (!signal) return new Promise<LauncherError>(() => undefined);
  if (signal.aborted) return Promise.resolve(error());
  return new Promise((resolve) =>
    signal.addEventListener('abort', () => resolve(error()), { once: true }),
  );
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new LauncherError('Interrupted while starting.');
}

async function waitUntilUp(
  ctx: Context,
  supervisor: ServiceSupervisor,
  apiUrl: string,
  webUrl: string,
) {
  const abort = Promise.race([supervisor.failure, abortedPromise(ctx.options.abort)]);
  const wait = { timeoutMs: ctx.readyTimeoutMs, abort };
  await waitForHttp(`${apiUrl}/api/v1/health`, 'The api', {
    ...wait,
    accept: (status) => status === 200,
  });
  if (ctx.startWeb) await waitForHttp(webUrl, 'The dashboard', wait);
}

/**
 * `npm start`: Postgres (embedded unless `databaseUrl`), migrations, the first
 * admin token, then api, worker and web as child processes; resolves once the
 * api's health check and the dashboard answer. What a crashed earlier start left
 * running is stopped first (`$KORDON_HOME/run.json`, see run-record.ts).
 */
export async function startKordon(options: StartKordonOptions): Promise<RunningKordon> {
  const ctx = resolveContext(options);
  const { launcherGone } = await recoverFromCrash(ctx.home, ctx.log);
  await preflight(ctx);
  const record = new RunRecord(ctx.home);
  record.begin();
  let postgres: RunningPostgres | null = null;
  const supervisor = new ServiceSupervisor(ctx.root, ctx.log, options.colour ?? false);
  let stopping: Promise<void> | null = null;
  let credentials: string[] = [];
  const stop = () =>
    (stopping ??= supervisor
      .stopAll()
      .then(() => postgres?.stop())
      .then(() => record.end()));
  const apiUrl = `http://127.0.0.1:${options.apiPort}`;
  const webUrl = `http://127.0.0.1:${options.webPort}`;
  try {
    postgres = await startDatabase(ctx, launcherGone);
    const databaseUrl = options.databaseUrl ?? postgres?.url ?? '';
    throwIfAborted(options.abort);
    const admin = await prepareDatabase(ctx, databaseUrl);
    credentials = admin.credentials;
    throwIfAborted(options.abort);
    const specs = serviceSpecs(ctx, { databaseUrl, apiUrl, webUrl });
    specs.forEach((spec) => supervisor.start(spec));
    record.addServices(supervisor.pids());
    await waitUntilUp(ctx, supervisor, apiUrl, webUrl);
    [
      ...readyLines({ apiUrl, webUrl: ctx.startWeb ? webUrl : null, tokenFile: admin.file }),
      '',
      ...credentials,
    ].forEach((line) => ctx.log(line));
    const failed = watchFailures(supervisor, postgres, () => stopping !== null).then(
      async (error) => {
        await stop();
        return error;
      },
    );
    return {
      apiUrl,
      webUrl,
      adminToken: admin.token,
      adminEmail: admin.user.email,
      adminPassword: admin.user.password,
      databaseUrl,
      failed,
      stop,
    };
  } catch (error) {
    // a first start that fails later still says what it created (the password exists nowhere else)
    credentials.forEach((line) => ctx.log(line));
    await stop();
    throw error;
  }
}

function watchFailures(
  supervisor: ServiceSupervisor,
  postgres: RunningPostgres | null,
  deliberate: () => boolean,
): Promise<LauncherError> {
  const postgresGone = new Promise<LauncherError>((resolve) => {
    void postgres?.exited.then((code) => {
      if (!deliberate())
        resolve(
          new LauncherError(
            `The embedded Postgres exited unexpectedly (code ${code}), so Kordon stops.`,
          ),
        );
    });
  });
  return Promise.race([supervisor.failure, postgresGone]);
}
