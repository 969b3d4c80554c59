import type { Pool } from 'pg';
import { clientOf, poolOf, runTransaction, type Database } from '../database';
import { DOCUMENT_USE_SLACK } from './read-model.repository';

export interface RetentionPolicy {
  /** Days the raw snapshot bodies (chunks) are kept after upload. */
  rawDays: number;
  /** Days posture rows, closed spans and resolved issues are kept. */
  historyDays: number;
}

export interface RetentionOutcome {
  rawPurgedSnapshots: number;
  chunksDeleted: number;
  postureRowsDeleted: number;
  issueSpansDeleted: number;
  workloadSpansDeleted: number;
  issuesDeleted: number;
  /** Read models (manifests) of snapshots whose raw body is gone, and documents no kept one uses. */
  readModelsDeleted: number;
  readModelDocumentsDeleted: number;
}

const DAY_MS = 86_400_000;

/**
 * Enforces retention. Snapshot rows stay (marked `raw_purged_at` once their
 * chunks go); open issues, open spans and recent data are never touched.
 */
export class RetentionRepository {
  private readonly pool: Pool;

  constructor(db: Database) {
    this.pool = poolOf(db);
  }

  async deleteExpired(now: Date, policy: RetentionPolicy): Promise<RetentionOutcome> {
    const rawCutoff = new Date(now.getTime() - policy.rawDays * DAY_MS);
    const historyCutoff = new Date(now.getTime() - policy.historyDays * DAY_MS);
    return runTransaction(this.pool, async (tx) => {
      const client = clientOf(tx);
      const purged = await client.query<{ id: string }>(
        `UPDATE snapshot SET raw_purged_at = $2 WHERE received_at < $1 AND raw_purged_at IS NULL
           AND status IN ('done', 'failed') RETURNING id`,
        [rawCutoff, now],
      );
      const chunks = await client.query(
        'DELETE FROM snapshot_chunk WHERE snapshot_id = ANY($1::uuid[])',
        [purged.rows.map((r) => r.id)],
      );
      // a namespace row stays while it is its namespace's latest state before the cutoff (rows are changes)
      const posture = await client.query(
        `DELETE FROM posture p WHERE p.collected_at < $1
           AND (NOT p.applied OR p.namespace = '' OR NOT p.present OR EXISTS (
             SELECT 1 FROM posture q WHERE q.cluster_id = p.cluster_id AND q.namespace = p.namespace AND q.applied
               AND q.collected_at > p.collected_at AND q.collected_at < $1))`,
        [historyCutoff],
      );
      const spans = await client.query('DELETE FROM issue_span WHERE closed_at < $1', [
        historyCutoff,
      ]);
      const workloadSpans = await client.query('DELETE FROM workload_span WHERE closed_at < $1', [
        historyCutoff,
      ]);
      const issues = await client.query(
        `DELETE FROM issue i WHERE NOT i.open AND i.resolved_at < $1
           AND NOT EXISTS (SELECT 1 FROM issue_span sp WHERE sp.issue_id = i.id)`,
        [historyCutoff],
      );
      // a read model goes with its raw body (it is derived from it), except each cluster's newest
      // done snapshot's; then the documents no remaining manifest can use
      const readModels = await client.query(
        `DELETE FROM snapshot_read_model r USING snapshot s
         WHERE s.id = r.snapshot_id AND s.raw_purged_at IS NOT NULL
           AND s.id <> (SELECT n.id FROM snapshot n WHERE n.cluster_id = s.cluster_id AND n.status = 'done'
                        ORDER BY n.collected_at DESC, n.id DESC LIMIT 1)`,
      );
      const documents = await client.query(
        `DELETE FROM read_model_document d
         WHERE d.last_used_at < coalesce(
           (SELECT min(r.stored_at) FROM snapshot_read_model r WHERE r.cluster_id = d.cluster_id),
           'infinity') - interval '${DOCUMENT_USE_SLACK}'`,
      );
      return {
        rawPurgedSnapshots: purged.rowCount ?? 0,
        chunksDeleted: chunks.rowCount ?? 0,
        postureRowsDeleted: posture.rowCount ?? 0,
        issueSpansDeleted: spans.rowCount ?? 0,
        workloadSpansDeleted: workloadSpans.rowCount ?? 0,
        issuesDeleted: issues.rowCount ?? 0,
        readModelsDeleted: readModels.rowCount ?? 0,
        readModelDocumentsDeleted: documents.rowCount ?? 0,
      };
    });
  }
}
