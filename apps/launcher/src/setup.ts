#!/usr/bin/env node
import { ConfigError, launcherEnvSchema, loadConfig } from '@kordon/config';
import { applyMigrations } from '@kordon/db';
import { ensureAdminToken } from './admin-token';
import { adminUserLines, ensureAdminUser } from './admin-user';
import { LauncherError } from './launcher-error';
import { adminTokenLines } from './ready-banner';

/**
 * `node dist/apps/launcher/src/setup.js`: the one-shot step of a container
 * deployment (docker-compose's `setup` service) — applies the migrations to
 * DATABASE_URL and, on the first run, issues the admin token into
 * `$KORDON_HOME/admin-token` and creates the first admin user (printing its password
 * once), exactly as `npm start` does.
 */
async function setup(): Promise<void> {
  const config = loadConfig(launcherEnvSchema, process.env);
  if (!config.DATABASE_URL)
    throw new LauncherError('DATABASE_URL is required (the Postgres database to set up).');
  const migrations = await applyMigrations(config.DATABASE_URL);
  console.log(
    `kordon setup: ${migrations.applied.length} migrations applied, ${migrations.alreadyApplied} already there`,
  );
  const admin = await ensureAdminToken(config.DATABASE_URL, config.KORDON_HOME);
  adminTokenLines(admin).forEach((line) => console.log(`kordon setup: ${line}`));
  const user = await ensureAdminUser(config.DATABASE_URL);
  adminUserLines(user).forEach((line) => console.log(`kordon setup: ${line}`));
}

setup().catch((error: unknown) => {
  const known = error instanceof LauncherError || error instanceof ConfigError;
  const text =
    error instanceof Error
      ? known
        ? error.message
        : (error.stack ?? error.message)
      : String(error);
  console.error(`kordon setup: ${text}`);
  process.exit(1);
});
