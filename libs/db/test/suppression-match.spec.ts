import fc from 'fast-check';
import type { Pool } from 'pg';
import { poolOf } from '../src/database';
import { matchSuppression, type SuppressionRule } from '@kordon/contracts';
import { connectDatabase, type Database } from '@kordon/db';
import { createTestDatabase, type TestDatabase } from '@kordon/testing';
import { suppressionMatchesSql } from '../src/repositories/suppression-sql';

const CLUSTER = '00000000-0000-4000-8000-000000000001';
const NOW = new Date('2026-11-29T12:00:00Z');

interface Finding {
  check: string;
  kind: string;
  namespace: string;
  name: string;
  container: string | null;
}

/** Evaluates the SQL match for one rule and one finding, without tables. */
async function sqlMatches(pool: Pool, rule: SuppressionRule, f: Finding): Promise<boolean> {
  const { rows } = await pool.query<{ m: boolean }>(
    `SELECT ${suppressionMatchesSql('s', 'i', '$12::timestamptz')} AS m
     FROM (SELECT $1::uuid AS cluster_id, $2::text AS check_id, $3::text AS namespace, $4::text AS workload,
                  $5::text AS container, $6::timestamptz AS expires_at) s,
          (SELECT $1::uuid AS cluster_id, $7::text AS check_id, $8::text AS namespace, $9::text AS kind,
                  $10::text AS name, $11::text AS container) i`,
    [
      CLUSTER,
      rule.check,
      rule.namespace ?? null,
      rule.workload ?? null,
      rule.container ?? null,
      rule.expires ?? null,
      f.check,
      f.namespace,
      f.kind,
      f.name,
      f.container,
      NOW,
    ],
  );
  return rows[0]?.m === true;
}

describe('suppression matching in SQL', () => {
  let db: TestDatabase;
  let database: Database;
  let pool: Pool;
  beforeAll(async () => {
    db = await createTestDatabase();
    database = connectDatabase(db.url);
    pool = poolOf(database);
  });
  afterAll(async () => {
    await database.close();
    await db.drop();
  });

  const finding: Finding = {
    check: 'pss.baseline.privileged',
    kind: 'DaemonSet',
    namespace: 'kube_system',
    name: 'node-agent',
    container: 'agent',
  };

  it.each([
    [{ check: 'pss.baseline.*', reason: 'r' }, true],
    [{ check: 'pss.baseline.privileged', workload: 'DaemonSet/node-*', reason: 'r' }, true],
    [{ check: 'pss.baseline.privileged', workload: 'Deployment/node-agent', reason: 'r' }, false],
    [{ check: 'pss.*', namespace: 'kube', reason: 'r' }, false],
    [{ check: 'pss.*', namespace: 'kube_system', container: 'agent', reason: 'r' }, true],
    [{ check: 'pss.*', reason: 'r', expires: '2026-11-29T11:59:59Z' }, false],
  ] as [SuppressionRule, boolean][])(
    '%j matches: %s (and agrees with matchSuppression)',
    async (rule, expected) => {
      expect(matchSuppression(rule, finding, NOW)).toBe(expected);
      expect(await sqlMatches(pool, rule, finding)).toBe(expected);
    },
  );

  it('agrees with matchSuppression on generated globs and findings (LIKE metacharacters included)', async () => {
    const part = fc.stringMatching(/^[a-c_%\\.*/-]{0,5}$/);
    const word = fc.stringMatching(/^[a-c_%\\.-]{1,4}$/);
    const glob = part.filter((s) => s.length > 0);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          check: glob,
          namespace: fc.option(glob, { nil: undefined }),
          workload: fc.option(glob, { nil: undefined }),
          container: fc.option(glob, { nil: undefined }),
        }),
        fc.record({
          check: word,
          kind: word,
          namespace: word,
          name: word,
          container: fc.option(word, { nil: null }),
        }),
        async (r, f) => {
          const rule = Object.fromEntries(
            Object.entries({ ...r, reason: 'r' }).filter(([, v]) => v !== undefined),
          ) as SuppressionRule;
          expect(await sqlMatches(pool, rule, f)).toBe(matchSuppression(rule, f, NOW));
        },
      ),
      { numRuns: 300 },
    );
  });
});
