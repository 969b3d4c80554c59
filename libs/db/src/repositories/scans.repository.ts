import type { Pool, PoolClient } from 'pg';
import { clientOf, poolOf, runTransaction, type Database } from '../database';
import { z } from 'zod';
import { decodeCursor, type CiFinding, type Page } from '@kordon/contracts';
import type { BaseScan, NewScan, ScanRecord } from './scan-record';
import { insertScanFindings, listScanFindings } from './scan-findings-sql';
import { keysetPage } from './keyset-page';

interface ScanRow {
  id: string;
  repository: string;
  tool: string;
  format: ScanRecord['format'];
  commit: string | null;
  branch: string | null;
  base_branch: string | null;
  merge_base: string | null;
  received_at: Date;
  counts: ScanRecord['counts'];
  gate: ScanRecord['gate'];
  verdict: ScanRecord['verdict'];
}

function toRecord(r: ScanRow): ScanRecord {
  return {
    id: r.id,
    repository: r.repository,
    tool: r.tool,
    format: r.format,
    commit: r.commit,
    branch: r.branch,
    baseBranch: r.base_branch,
    mergeBase: r.merge_base,
    receivedAt: r.received_at,
    counts: r.counts,
    gate: r.gate,
    verdict: r.verdict,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const cursorSchema = z.object({ t: z.string(), id: z.string().uuid() });

export interface ScanListFilter {
  repository?: string;
  branch?: string;
  tool?: string;
}

/** CI scans and their findings: stored per upload, read per repository and branch. */
export class ScansRepository {
  private readonly pool: Pool;

  constructor(db: Database) {
    this.pool = poolOf(db);
  }

  async findScan(id: string): Promise<ScanRecord | null> {
    if (!UUID.test(id)) return null;
    const { rows } = await this.pool.query<ScanRow>('SELECT * FROM scan WHERE id = $1', [id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async findByIdempotencyKey(repository: string, key: string): Promise<ScanRecord | null> {
    const { rows } = await this.pool.query<ScanRow>(
      'SELECT * FROM scan WHERE repository = $1 AND idempotency_key = $2',
      [repository, key],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** The repository's default branch, recorded (or updated) when an upload names one. */
  async rememberRepository(name: string, defaultBranch: string | null): Promise<string | null> {
    const { rows } = await this.pool.query<{ default_branch: string | null }>(
      `INSERT INTO ci_repository (name, default_branch) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET default_branch = coalesce($2, ci_repository.default_branch)
       RETURNING default_branch`,
      [name, defaultBranch],
    );
    return rows[0]?.default_branch ?? null;
  }

  /**
   * The base branch's scan by the same tool: the one at the merge-base commit when
   * there is one, else the latest.
   */
  async findBaseScan(q: {
    repository: string;
    branch: string;
    tool: string;
    mergeBase: string | null;
    /** A replayed scan: neither itself nor anything received after it. */
    exclude: { id: string; receivedAt: Date } | null;
  }): Promise<BaseScan | null> {
    const { rows } = await this.pool.query<ScanRow & { at_merge_base: boolean }>(
      `SELECT *, ($4::text IS NOT NULL AND commit = $4) AS at_merge_base FROM scan
       WHERE repository = $1 AND branch = $2 AND tool = $3
         AND ($5::uuid IS NULL OR (id <> $5 AND received_at <= $6))
       ORDER BY ($4::text IS NOT NULL AND commit = $4) DESC, received_at DESC, id DESC LIMIT 1`,
      [
        q.repository,
        q.branch,
        q.tool,
        q.mergeBase,
        q.exclude?.id ?? null,
        q.exclude?.receivedAt ?? null,
      ],
    );
    const row = rows[0];
    return row
      ? { scanId: row.id, branch: row.branch, commit: row.commit, atMergeBase: row.at_merge_base }
      : null;
  }

  async fingerprintsOf(scanId: string): Promise<Set<string>> {
    const { rows } = await this.pool.query<{ fingerprint: string }>(
      'SELECT fingerprint FROM scan_finding WHERE scan_id = $1',
      [scanId],
    );
    return new Set(rows.map((r) => r.fingerprint));
  }

  /** Stores a scan and its findings in one transaction; a concurrent duplicate key throws 23505. */
  async insertScan(scan: NewScan): Promise<ScanRecord> {
    return runTransaction(this.pool, async (tx) => {
      const client = clientOf(tx);
      const record = await this.insertRow(client, scan);
      await insertScanFindings(client, record.id, scan.findings);
      return record;
    });
  }

  /** Records a new judgement of a stored scan: gate, verdict, counts and which findings are suppressed. */
  async rejudgeScan(
    id: string,
    judged: Pick<NewScan, 'gate' | 'verdict' | 'counts' | 'findings'>,
  ): Promise<ScanRecord> {
    return runTransaction(this.pool, async (tx) => {
      const client = clientOf(tx);
      const { rows } = await client.query<ScanRow>(
        'UPDATE scan SET gate = $2, verdict = $3, counts = $4 WHERE id = $1 RETURNING *',
        [id, JSON.stringify(judged.gate), judged.verdict, JSON.stringify(judged.counts)],
      );
      await client.query(
        `UPDATE scan_finding f SET suppressed = u.suppressed, suppression_reason = u.reason
         FROM unnest($2::bpchar[], $3::bool[], $4::text[]) AS u(fingerprint, suppressed, reason)
         WHERE f.scan_id = $1 AND f.fingerprint = u.fingerprint`,
        [
          id,
          judged.findings.map((f) => f.fingerprint),
          judged.findings.map((f) => f.suppressed),
          judged.findings.map((f) => f.suppressionReason),
        ],
      );
      return toRecord(rows[0] as ScanRow);
    });
  }

  /** Scans newest first, filtered by repository, branch and tool. */
  async listScans(
    filter: ScanListFilter,
    limit: number,
    cursor?: string,
  ): Promise<Page<ScanRecord>> {
    const params: unknown[] = [limit + 1];
    const where: string[] = [];
    for (const [column, value] of [
      ['repository', filter.repository],
      ['branch', filter.branch],
      ['tool', filter.tool],
    ] as const) {
      if (value === undefined) continue;
      params.push(value);
      where.push(`${column} = $${params.length}`);
    }
    if (cursor) {
      const c = decodeCursor(cursor, cursorSchema);
      params.push(c.t, c.id);
      where.push(
        `(received_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`,
      );
    }
    const { rows } = await this.pool.query<ScanRow>(
      `SELECT * FROM scan ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY received_at DESC, id DESC LIMIT $1`,
      params,
    );
    return keysetPage(rows, limit, toRecord, (last) => ({
      t: last.receivedAt.toISOString(),
      id: last.id,
    }));
  }

  async listFindings(scanId: string, limit: number, cursor?: string): Promise<Page<CiFinding>> {
    return listScanFindings(this.pool, scanId, limit, cursor);
  }

  private async insertRow(client: PoolClient, s: NewScan): Promise<ScanRecord> {
    const { rows } = await client.query<ScanRow>(
      `INSERT INTO scan (repository, tool, format, commit, branch, base_branch, merge_base,
                         idempotency_key, body_sha256, counts, gate, verdict)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING *`,
      [
        s.repository,
        s.tool,
        s.format,
        s.commit,
        s.branch,
        s.baseBranch,
        s.mergeBase,
        s.idempotencyKey,
        s.bodySha256,
        JSON.stringify(s.counts),
        JSON.stringify(s.gate),
        s.verdict,
      ],
    );
    return toRecord(rows[0] as ScanRow);
  }
}
