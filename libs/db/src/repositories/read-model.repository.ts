import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { clientOf, poolOf, type Database, type Tx } from '../database';
import {
  READ_MODEL_VERSION,
  type ReadModelDocuments,
  type ReadModelManifest,
} from '@kordon/contracts';
import { copyRows } from '../copy/copy-rows';
import {
  compressReadModelBody,
  compressReadModelManifest,
  decompressReadModelBody,
  decompressReadModelManifest,
} from './read-model-codec';

/**
 * How stale a document's `last_used_at` may get while a manifest stored since uses it: storing
 * refreshes it only when older, and retention keeps every document used within this much before
 * the oldest manifest it keeps.
 */
export const DOCUMENT_USE_SLACK = '1 day';

/** A snapshot's stored read model: its manifest, and the version it was stored at. */
export interface StoredReadModel {
  snapshotId: string;
  clusterId: string;
  version: number;
  manifest: ReadModelManifest;
}

/** A read-model document's JSON and its content address. */
export interface EncodedReadModelDocument {
  hash: string;
  json: string;
}

/** The content address of a document: the first 128 bits of the SHA-256 of its JSON, hex. */
export function encodeReadModelDocument(doc: unknown): EncodedReadModelDocument {
  const json = JSON.stringify(doc);
  return { hash: createHash('sha256').update(json).digest('hex').slice(0, 32), json };
}

const hexBytea = (b: Buffer) => `\\x${b.toString('hex')}`;

/**
 * The per-snapshot read model (workloads, network, namespaces) as content-
 * addressed documents: a snapshot writes only the documents no earlier snapshot
 * of its cluster wrote, plus its manifest.
 */
export class ReadModelRepository {
  private readonly pool: Pool;

  constructor(db: Database) {
    this.pool = poolOf(db);
  }

  /** Stores a snapshot's read model inside the caller's transaction; returns the documents written. */
  async store(
    tx: Tx,
    input: { clusterId: string; snapshotId: string; documents: ReadModelDocuments },
  ): Promise<number> {
    const client = clientOf(tx);
    const { documents } = input;
    const all = new Map<string, string>();
    const add = (doc: unknown): string => {
      const e = encodeReadModelDocument(doc);
      all.set(e.hash, e.json);
      return e.hash;
    };
    const manifest: ReadModelManifest = {
      version: READ_MODEL_VERSION,
      pssVersion: documents.pssVersion,
      summary: {
        network: add(documents.summary),
        matrix: add(documents.matrix),
        namespaces: add(documents.namespacesSummary),
      },
      namespaces: documents.namespaces.map((ns) => ({
        name: ns.name,
        detail: add(ns.detail),
        network: add(ns.network),
        workloads: ns.workloads,
      })),
    };
    // documents this snapshot shares with earlier ones are marked used (at most once a day, so
    // an unchanged cluster rewrites nothing): retention deletes documents no kept manifest uses
    await client.query(
      `UPDATE read_model_document SET last_used_at = now() WHERE cluster_id = $1
         AND hash = ANY($2::text[]) AND last_used_at < now() - interval '${DOCUMENT_USE_SLACK}'`,
      [input.clusterId, [...all.keys()]],
    );
    const { rows } = await client.query<{ hash: string }>(
      'SELECT hash FROM read_model_document WHERE cluster_id = $1 AND hash = ANY($2::text[])',
      [input.clusterId, [...all.keys()]],
    );
    for (const r of rows) all.delete(r.hash);
    const written = await this.insertDocuments(client, input.clusterId, all);
    await client.query(
      `INSERT INTO snapshot_read_model (snapshot_id, cluster_id, version, manifest, new_documents)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (snapshot_id) DO UPDATE SET version = EXCLUDED.version,
         manifest = EXCLUDED.manifest, new_documents = EXCLUDED.new_documents, stored_at = now()`,
      [
        input.snapshotId,
        input.clusterId,
        READ_MODEL_VERSION,
        compressReadModelManifest(manifest),
        written,
      ],
    );
    return written;
  }

  private async insertDocuments(
    client: PoolClient,
    clusterId: string,
    docs: Map<string, string>,
  ): Promise<number> {
    if (docs.size === 0) return 0;
    await client.query(
      'CREATE TEMP TABLE tmp_read_model_document (hash char(32), body bytea) ON COMMIT DROP',
    );
    await copyRows(client, 'tmp_read_model_document', ['hash', 'body'], docs, ([hash, json]) => [
      hash,
      hexBytea(compressReadModelBody(json)),
    ]);
    const inserted = await client.query(
      `INSERT INTO read_model_document (cluster_id, hash, body)
       SELECT $1, hash, body FROM tmp_read_model_document ON CONFLICT DO NOTHING`,
      [clusterId],
    );
    await client.query('DROP TABLE tmp_read_model_document');
    return inserted.rowCount ?? 0;
  }

  /** The snapshot's manifest, or null when it was analyzed before read models were stored. */
  async findManifest(snapshotId: string): Promise<StoredReadModel | null> {
    const { rows } = await this.pool.query<{
      cluster_id: string;
      version: number;
      manifest: Buffer;
    }>('SELECT cluster_id, version, manifest FROM snapshot_read_model WHERE snapshot_id = $1', [
      snapshotId,
    ]);
    const row = rows[0];
    if (!row) return null;
    return {
      snapshotId,
      clusterId: row.cluster_id,
      version: row.version,
      manifest: decompressReadModelManifest(row.manifest),
    };
  }

  /** Documents by hash, parsed; the caller knows their type from the manifest field they came from. */
  async findDocuments<T>(clusterId: string, hashes: readonly string[]): Promise<Map<string, T>> {
    const out = new Map<string, T>();
    if (hashes.length === 0) return out;
    const { rows } = await this.pool.query<{ hash: string; body: Buffer }>(
      'SELECT hash, body FROM read_model_document WHERE cluster_id = $1 AND hash = ANY($2::text[])',
      [clusterId, [...new Set(hashes)]],
    );
    for (const r of rows) out.set(r.hash, decompressReadModelBody(r.body) as T);
    return out;
  }
}
