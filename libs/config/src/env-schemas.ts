import { z } from 'zod';

/**
 * Environment is parsed once at boot, with one schema per app; `process.env` is
 * read nowhere else. Every variable is documented in `.env.example`.
 */

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);
const bytes = (fallback: number) => z.coerce.number().int().positive().default(fallback);

export const commonEnvSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  KORDON_HOME: z.string().min(1).default('./.kordon'),
  KORDON_LOG_LEVEL: z.enum(['error', 'warn', 'info', 'debug']).default('info'),
});

/** Queue policy: the API enqueues and the worker consumes with the same settings. */
const queueEnv = {
  /** How often a failed analysis is retried before the snapshot is marked failed. */
  KORDON_ANALYSIS_RETRIES: z.coerce.number().int().min(0).max(20).default(3),
  /** Seconds an analysis may run before the queue considers the worker gone and retries it. */
  KORDON_ANALYSIS_TIMEOUT_S: z.coerce.number().int().min(1).default(900),
  /** How often the queue looks for lost (expired) jobs, in seconds. */
  KORDON_QUEUE_MAINTENANCE_S: z.coerce.number().int().min(1).default(15),
  /** Seconds before the first retry of a failed analysis (doubles each time). */
  KORDON_RETRY_DELAY_S: z.coerce.number().int().min(0).default(2),
  /** Webhook deliveries: retries after a failed attempt (docs/notifications.md). */
  KORDON_WEBHOOK_RETRIES: z.coerce.number().int().min(0).max(20).default(6),
  /** Seconds before a webhook's first retry; doubles for each later one. */
  KORDON_WEBHOOK_RETRY_DELAY_S: z.coerce.number().int().min(1).default(30),
};

/** Sessions, sign-in limits and single sign-on (docs/security.md). */
const authEnv = {
  /** The dashboard's address as users reach it: cookies are Secure unless it is http. */
  KORDON_PUBLIC_URL: z.string().url().default('http://localhost:3000'),
  /** Which proxies' X-Forwarded-For is believed (Fastify trustProxy; 'loopback' = the local dashboard). */
  KORDON_TRUST_PROXY: z.string().default('loopback'),
  /** A session ends after this many seconds without a request. */
  KORDON_SESSION_IDLE_S: z.coerce.number().int().min(60).default(3600),
  /** A session ends this many seconds after sign-in, however active. */
  KORDON_SESSION_MAX_S: z.coerce
    .number()
    .int()
    .min(60)
    .default(12 * 3600),
  /** Failed password sign-ins allowed per account within the window. */
  KORDON_SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  /** Failed password sign-ins allowed per client address within the window. */
  KORDON_SIGNIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(20),
  KORDON_SIGNIN_WINDOW_S: z.coerce.number().int().min(1).default(900),
  /** OpenID Connect: set the issuer, client id and secret to enable single sign-on. */
  KORDON_OIDC_ISSUER: z.string().url().optional(),
  KORDON_OIDC_CLIENT_ID: z.string().min(1).optional(),
  KORDON_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  KORDON_OIDC_SCOPES: z.string().default('openid email profile'),
  /** The claim holding the user's groups or roles (a string or an array of strings). */
  KORDON_OIDC_ROLE_CLAIM: z.string().min(1).default('groups'),
  /** Claim value → role, comma-separated: `kordon-admins=admin,sec-team=triager,staff=viewer`. */
  KORDON_OIDC_ROLE_MAP: z
    .string()
    .regex(
      /^\s*[^=,\s][^=,]*=\s*(viewer|triager|admin)\s*(,\s*[^=,\s][^=,]*=\s*(viewer|triager|admin)\s*)*$/,
      'expected <claim value>=<viewer|triager|admin>, comma-separated',
    )
    .optional(),
  /** Optional claim listing the cluster names a user may see (`*` = all); unset = all clusters. */
  KORDON_OIDC_CLUSTERS_CLAIM: z.string().default(''),
  /** The sign-in button's label. */
  KORDON_OIDC_LABEL: z.string().min(1).default('Single sign-on'),
};

export const apiEnvSchema = commonEnvSchema.extend({
  DATABASE_URL: z.string().url(),
  KORDON_API_PORT: port(4000),
  KORDON_API_HOST: z.string().default('127.0.0.1'),
  /** Largest accepted snapshot upload, in bytes as sent (compressed or not). */
  KORDON_MAX_UPLOAD_BYTES: bytes(2 * 1024 * 1024 * 1024),
  /** Largest accepted decompressed body, in bytes (guards against gzip bombs). */
  KORDON_MAX_SNAPSHOT_BYTES: bytes(8 * 1024 * 1024 * 1024),
  KORDON_MAX_JSON_BYTES: bytes(1024 * 1024),
  ...authEnv,
  /** Seconds an upload may go without sending a byte before it is answered 408. */
  KORDON_UPLOAD_IDLE_TIMEOUT_S: z.coerce.number().int().min(1).default(30),
  /** Seconds reading one upload's body may take in all. */
  KORDON_UPLOAD_TIMEOUT_S: z.coerce.number().int().min(1).default(3600),
  /** Seconds a snapshot's collectedAt may lie in the future (clock skew) before it is refused. */
  KORDON_MAX_CLOCK_SKEW_S: z.coerce.number().int().min(0).default(600),
  /** Folder where an upload is spooled while it is read (no database connection is held meanwhile). */
  KORDON_UPLOAD_SPOOL_DIR: z.string().min(1).optional(),
  ...queueEnv,
});

export const workerEnvSchema = commonEnvSchema.extend({
  DATABASE_URL: z.string().url(),
  KORDON_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  /** Port of the worker's Prometheus `/metrics`; 0 turns it off. */
  KORDON_WORKER_METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(4001),
  KORDON_WORKER_METRICS_HOST: z.string().default('127.0.0.1'),
  /** Seconds start-up keeps trying while Postgres cannot be reached, before exiting 1. */
  KORDON_WORKER_START_TIMEOUT_S: z.coerce.number().int().min(1).default(300),
  /** Days raw snapshot bodies are kept after upload (the snapshot row, posture and issues stay). */
  KORDON_RETENTION_RAW_DAYS: z.coerce.number().int().min(1).default(30),
  /** Days posture rows, closed issue/workload spans and resolved issues are kept. */
  KORDON_RETENTION_HISTORY_DAYS: z.coerce.number().int().min(1).default(400),
  /** When retention runs (cron, UTC); empty disables it. */
  KORDON_RETENTION_CRON: z.string().default('17 3 * * *'),
  ...queueEnv,
});

export const webEnvSchema = z.object({
  KORDON_HOME: z.string().min(1).default('./.kordon'),
  KORDON_API_URL: z.string().url().default('http://127.0.0.1:4000'),
  /**
   * Whose X-Forwarded-For the dashboard believes (addresses, CIDRs, `loopback`; empty = nobody).
   * Read by apps/web/server.mjs (apps/web imports no lib), listed here for .env.example.
   */
  KORDON_TRUSTED_PROXIES: z.string().default(''),
});

export const launcherEnvSchema = commonEnvSchema.extend({
  KORDON_API_PORT: port(4000),
  KORDON_WEB_PORT: port(3000),
  KORDON_PG_PORT: port(54329),
  /** As root: where the embedded Postgres binaries (a copy) and data go when the postgres user cannot reach the checkout. */
  KORDON_PG_DIR: z.string().min(1).default('/var/lib/kordon'),
});

export type ApiConfig = z.infer<typeof apiEnvSchema>;
export type WorkerConfig = z.infer<typeof workerEnvSchema>;
export type WebConfig = z.infer<typeof webEnvSchema>;
export type LauncherConfig = z.infer<typeof launcherEnvSchema>;
