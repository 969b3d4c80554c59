import { Inject, Injectable } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import {
  KordonError,
  SNAPSHOT_API_VERSION,
  dns1123LabelSchema,
  gunzipIfNeeded,
  readSnapshot,
  sanitizeObject,
  sanitizeObjectReporting,
  snapshotEndLine,
  snapshotHeaderLine,
  snapshotObjectLine,
  type SnapshotHeader,
} from '@kordon/contracts';
import type { ApiConfig } from '@kordon/config';
import {
  ClustersRepository,
  SnapshotQueue,
  SnapshotsRepository,
  type ApiTokenRecord,
  type SnapshotStatus,
} from '@kordon/db';
import { API_CONFIG, PG_POOL } from '../../infrastructure/tokens';
import { hashBytes, limitBytes, sha256 } from './body-taps';
import { RawChunkWriter } from './raw-chunk-writer';
import { StoredBodyWriter } from './stored-body-writer';

export interface IntakeRequest {
  clusterName: string;
  /** The caller's scopes and, for ingest tokens, the cluster names it may upload to (empty = any). */
  token: Pick<ApiTokenRecord, 'scopes' | 'clusters'>;
  idempotencyKey: string | null;
  contentEncoding: string | null;
  contentLength: number | null;
  body: AsyncIterable<Uint8Array>;
}

export interface IntakeResult {
  snapshotId: string;
  status: SnapshotStatus;
  created: boolean;
}

interface Parsed {
  header: SnapshotHeader | null;
  objects: number;
  rawBytes: number;
  sha: string;
  /** Something had to be removed (or the body has no header): it is stored sanitized, not as received. */
  dirty: boolean;
}

/** Hands each request chunk to the raw writer (awaiting it: backpressure) and passes it on. */
async function* storeAsReceived(
  source: AsyncIterable<Uint8Array>,
  raw: RawChunkWriter,
): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    await raw.write(chunk);
    yield chunk;
  }
}

/**
 * Takes a snapshot upload as a stream: validates every line, stores the bytes as
 * received (or, when they hold what must never be stored — Secrets, env values,
 * managedFields, last-applied — a sanitized rewrite instead) and enqueues the
 * analysis, all in one transaction, so a rejected upload leaves nothing behind.
 */
/** Owners whose pod specs the intake remembers while it validates an upload. */
const INTAKE_RECENT_OWNERS = 64;

@Injectable()
export class SnapshotIntakeService {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly clusters: ClustersRepository,
    private readonly snapshots: SnapshotsRepository,
    private readonly queue: SnapshotQueue,
  ) {}

  async intake(req: IntakeRequest): Promise<IntakeResult> {
    this.authorize(req);
    if (req.contentLength !== null && req.contentLength > this.config.KORDON_MAX_UPLOAD_BYTES) {
      throw new KordonError(
        'payload_too_large',
        `the body exceeds the limit of ${this.config.KORDON_MAX_UPLOAD_BYTES} bytes`,
        [
          {
            path: 'headers.content-length',
            problem: `${req.contentLength} > ${this.config.KORDON_MAX_UPLOAD_BYTES}`,
          },
        ],
      );
    }
    if (req.idempotencyKey) {
      const existing = await this.snapshots.findByIdempotencyKey(
        req.clusterName,
        req.idempotencyKey,
      );
      if (existing) return { snapshotId: existing.id, status: existing.status, created: false };
    }
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await this.store(client, req);
      await client.query(result.created ? 'COMMIT' : 'ROLLBACK');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      if ((error as { code?: string }).code === '23505') return this.existingAfterRace(req);
      throw error;
    } finally {
      client.release();
    }
  }

  private authorize(req: IntakeRequest): void {
    const name = dns1123LabelSchema.safeParse(req.clusterName);
    if (!name.success) {
      throw new KordonError('validation_failed', `invalid cluster name "${req.clusterName}"`, [
        {
          path: 'params.name',
          problem: name.error.issues[0]?.message ?? 'must be a DNS-1123 label',
        },
      ]);
    }
    const { scopes, clusters } = req.token;
    if (scopes.includes('admin')) return;
    if (scopes.includes('ingest') && (clusters.length === 0 || clusters.includes(req.clusterName)))
      return;
    throw new KordonError(
      'forbidden',
      `this token may not upload snapshots of cluster "${req.clusterName}"`,
      [{ path: 'params.name', problem: 'needs the ingest scope for this cluster (or admin)' }],
    );
  }

  private async store(client: PoolClient, req: IntakeRequest): Promise<IntakeResult> {
    const clusterId = await this.clusters.ensureCluster(client, req.clusterName);
    const snapshotId = await this.snapshots.insertSnapshot(client, {
      clusterId,
      idempotencyKey: `pending:${Date.now()}:${Math.random()}`,
      bodySha256: '0'.repeat(64),
      source: 'upload',
      contentEncoding: req.contentEncoding,
      collectedAt: new Date(),
      kubernetesVersion: null,
    });
    await this.snapshots.createUploadStaging(client);
    let seq = 0;
    const raw = new RawChunkWriter((chunk) =>
      this.snapshots.insertStagedChunk(client, seq++, chunk),
    );
    const parsed = await this.parse(req, raw);
    await raw.close();
    if (parsed.dirty) await this.storeSanitized(client, snapshotId, req.clusterName);
    else await this.snapshots.keepStagedChunks(client, snapshotId);
    const key = req.idempotencyKey ?? parsed.sha;
    const existing = await this.snapshots.findByIdempotencyKey(req.clusterName, key);
    if (existing) return { snapshotId: existing.id, status: existing.status, created: false };
    await this.snapshots.finishIntake(client, snapshotId, {
      idempotencyKey: key,
      bodySha256: parsed.sha,
      objectCount: parsed.objects,
      rawBytes: parsed.rawBytes,
      collectedAt: parsed.header?.collectedAt ? new Date(parsed.header.collectedAt) : new Date(),
      kubernetesVersion: parsed.header?.cluster.kubernetesVersion ?? null,
    });
    await this.queue.enqueueInTransaction(client, { snapshotId });
    return { snapshotId, status: 'queued', created: true };
  }

  /**
   * One streaming pass: the bytes are stored as received while every object is
   * validated and checked for what must never be stored. Collector uploads are
   * already clean, so they are kept byte for byte.
   */
  private async parse(req: IntakeRequest, raw: RawChunkWriter): Promise<Parsed> {
    const counted = { bytes: 0 };
    const plain = { bytes: 0 };
    const hash = sha256();
    const limited = limitBytes(
      storeAsReceived(req.body, raw),
      this.config.KORDON_MAX_UPLOAD_BYTES,
      'the upload',
      counted,
    );
    const decompressed = limitBytes(
      gunzipIfNeeded(limited),
      this.config.KORDON_MAX_SNAPSHOT_BYTES,
      'the decompressed snapshot',
      plain,
    );
    let header: SnapshotHeader | null = null;
    let objects = 0;
    let dirty = false;
    // Equivalent pod specs are parsed once (the last few owners' only, to keep
    // the API's memory flat): sanitizing mutates a shared spec the first time,
    // and only whether anything was removed (`dirty`) is kept from this pass —
    // a sanitized copy is written by re-reading without sharing.
    for await (const event of readSnapshot(hashBytes(decompressed, hash), {
      sharePodSpecs: { recentOwners: INTAKE_RECENT_OWNERS },
    })) {
      if (event.type === 'header') {
        header = event.header;
        this.checkHeader(req.clusterName, header);
        dirty ||= header.cluster.name === null;
      } else if (event.type === 'object') {
        const { object, changed } = sanitizeObjectReporting(event.object);
        dirty ||= changed;
        if (object) objects += 1;
      }
    }
    return { header, objects, rawBytes: counted.bytes, sha: hash.digest('hex'), dirty };
  }

  /**
   * A body that held Secrets, env values, managedFields or last-applied
   * annotations (or no header) is stored as sanitized NDJSON instead, read back
   * from the staging table (which is dropped with the transaction).
   */
  private async storeSanitized(
    client: PoolClient,
    snapshotId: string,
    clusterName: string,
  ): Promise<void> {
    let seq = 0;
    const writer = new StoredBodyWriter((chunk) =>
      this.snapshots.insertChunk(client, snapshotId, seq++, chunk),
    );
    let objects = 0;
    for await (const event of readSnapshot(this.snapshots.readStagedChunks(client))) {
      if (event.type === 'header') {
        await writer.write(snapshotHeaderLine(this.storedHeader(clusterName, event.header)));
      } else if (event.type === 'object') {
        const clean = sanitizeObject(event.object);
        if (clean) {
          objects += 1;
          await writer.write(snapshotObjectLine(clean));
        }
      }
    }
    await writer.write(snapshotEndLine(objects));
    await writer.close();
  }

  private checkHeader(clusterName: string, header: SnapshotHeader): void {
    if (header.cluster.name && header.cluster.name !== clusterName) {
      throw new KordonError(
        'cluster_mismatch',
        `the snapshot is of cluster "${header.cluster.name}" but was uploaded to "${clusterName}"`,
        [
          {
            path: 'cluster.name',
            problem: `"${header.cluster.name}" differs from the URL's "${clusterName}"`,
          },
        ],
      );
    }
  }

  private storedHeader(clusterName: string, header: SnapshotHeader) {
    return {
      apiVersion: SNAPSHOT_API_VERSION as typeof SNAPSHOT_API_VERSION,
      kind: 'ClusterSnapshot' as const,
      cluster: {
        name: clusterName,
        kubernetesVersion: header.cluster.kubernetesVersion ?? 'v0.0.0',
      },
      collectedAt: header.collectedAt ?? new Date().toISOString(),
      collector: header.collector ?? { name: 'unknown', version: 'unknown' },
      coverage: header.coverage,
    };
  }

  private async existingAfterRace(req: IntakeRequest): Promise<IntakeResult> {
    const key = req.idempotencyKey;
    const existing = key ? await this.snapshots.findByIdempotencyKey(req.clusterName, key) : null;
    if (existing) return { snapshotId: existing.id, status: existing.status, created: false };
    throw new KordonError('conflict', 'the same snapshot is being uploaded concurrently; retry');
  }
}
