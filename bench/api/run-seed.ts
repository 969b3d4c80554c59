/**
 * `npm run bench:seed [-- --rebuild] [-- --keep NAME]`: builds (or reuses) the
 * benchmark seed template and prints each table's row count from a copy of it.
 * With `--keep NAME` the copy is kept as database NAME (for a dashboard or a
 * manual run: `DATABASE_URL=…/NAME`); otherwise it is dropped.
 */
import { connectDatabase } from '@kordon/db';
import { seededDatabase, tableRowCounts, SEED_TEMPLATE } from './seed-database';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const keepAt = args.indexOf('--keep');
  const keep = keepAt >= 0 ? args[keepAt + 1] : undefined;
  const db = await seededDatabase({ rebuild: args.includes('--rebuild'), name: keep });
  try {
    const database = connectDatabase(db.url, { maxConnections: 1 });
    const counts = await tableRowCounts(database);
    await database.close();
    process.stdout.write(
      `${db.built ? `built template ${SEED_TEMPLATE} in ${db.buildSeconds.toFixed(1)} s; ` : ''}` +
        `copied to ${db.name} in ${db.copySeconds.toFixed(1)} s\n` +
        counts.map((c) => `${c.table}\t${c.rows}`).join('\n') +
        '\n',
    );
    if (keep) process.stdout.write(`kept: ${db.url}\n`);
  } finally {
    if (!keep) await db.drop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:seed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
