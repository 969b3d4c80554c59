import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  KordonError,
  dns1123LabelSchema,
  grantsAny,
  gunzipIfNeeded,
  readSnapshot,
  snapshotEndLine,
  snapshotHeaderLine,
  snapshotObjectLine,
  type Scope,
  type SnapshotHeader,
} from '@kordon/contracts';
import type { ApiConfig } from '@kordon/config';
import {
  ClustersRepository,
  SnapshotQueue,
  SnapshotsRepository,
  isUniqueViolation,
  type SnapshotStatus,
  type Database,
  type Tx,
} from '@kordon/db';
import { API_CONFIG, DATABASE } from '../../infrastructure/tokens';
import { hashBytes, limitBytes, sha256 } from './body-taps';
import { checkUploadHeader, storedHeader } from './intake-header';
import { keepForStorage } from './keep-for-storage';
import { readWithin } from './read-within';
import { gzipMembers } from './gzip-members';
import { UploadSpool } from './upload-spool';

export interface IntakeRequest {
  clusterName: string;
  /** The caller's scopes and the cluster ids it may touch (`*`: any, and may create clusters). */
  caller: { scopes: readonly Scope[]; clusters: '*' | readonly string[] };
  idempotencyKey: string | null;
  contentEncoding: string | null;
  contentLength: number | null;
  body: AsyncIterable<Uint8Array>;
}

export interface IntakeResult {
  snapshotId: string;
  status: SnapshotStatus;
  created: boolean;
  /** Objects not stored, by kind (Secrets, kinds Kordon does not read). */
  dropped?: Record<string, number>;
}

interface Parsed {
  header: SnapshotHeader | null;
  objects: number;
  rawBytes: number;
  sha: string;
  /** Something had to be removed (or the body has no header): it is stored sanitized, not as received. */
  dirty: boolean;
  /** Objects not stored, by kind: Secrets and kinds Kordon does not read. */
  dropped: Record<string, number>;
}

/** Hands each request chunk to the spool file (awaiting it: backpressure) and passes it on. */
async function* spoolAsReceived(
  source: AsyncIterable<Uint8Array>,
  spool: UploadSpool,
): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    await spool.write(chunk);
    yield chunk;
  }
}

/**
 * A body that held Secrets, unread kinds, env values, managedFields or
 * last-applied annotations (or no header) is stored as sanitized NDJSON
 * instead, read back from the spool file.
 */
async function* sanitizedLines(clusterName: string, spool: UploadSpool): AsyncGenerator<string> {
  let objects = 0;
  for await (const event of readSnapshot(spool.read())) {
    if (event.type === 'header') {
      yield snapshotHeaderLine(storedHeader(clusterName, event.header));
    } else if (event.type === 'object') {
      const clean = keepForStorage(event.object).object;
      if (clean) {
        objects += 1;
        yield snapshotObjectLine(clean);
      }
    }
  }
  yield snapshotEndLine(objects);
}

/** Owners whose pod specs the intake remembers while it validates an upload. */
const INTAKE_RECENT_OWNERS = 64;

/**
 * Takes a snapshot upload as a stream: reads it into a spool file while
 * validating every line (no database connection is held while the client
 * sends), then, in one transaction, stores the bytes as received (or, when
 * they hold what must never be stored — Secrets, kinds Kordon does not read,
 * env values, managedFields, last-applied — a sanitized rewrite instead) and
 * enqueues the analysis, so a rejected upload leaves nothing behind.
 */
@Injectable()
export class SnapshotIntakeService {
  private readonly logger = new Logger('intake');

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(DATABASE) private readonly db: Database,
    private readonly clusters: ClustersRepository,
    private readonly snapshots: SnapshotsRepository,
    private readonly queue: SnapshotQueue,
  ) {}

  async intake(req: IntakeRequest): Promise<IntakeResult> {
    await this.authorize(req);
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
    const spool = await UploadSpool.create(this.config.KORDON_UPLOAD_SPOOL_DIR);
    try {
      const parsed = await this.parse(req, spool);
      const result = await this.commit(req, parsed, spool);
      if (result.created && Object.keys(parsed.dropped).length > 0)
        this.logger.log(`snapshot ${result.snapshotId}: dropped ${JSON.stringify(parsed.dropped)}`);
      return { ...result, dropped: parsed.dropped };
    } finally {
      await spool.remove();
    }
  }

  private async commit(
    req: IntakeRequest,
    parsed: Parsed,
    spool: UploadSpool,
  ): Promise<IntakeResult> {
    try {
      return await this.db.transaction((tx) => this.store(tx, req, parsed, spool));
    } catch (error) {
      if (isUniqueViolation(error))
        return this.existingAfterRace(req.clusterName, req.idempotencyKey ?? parsed.sha);
      throw error;
    }
  }

  private async authorize(req: IntakeRequest): Promise<void> {
    const name = dns1123LabelSchema.safeParse(req.clusterName);
    if (!name.success) {
      throw new KordonError('validation_failed', `invalid cluster name "${req.clusterName}"`, [
        {
          path: 'params.name',
          problem: name.error.issues[0]?.message ?? 'must be a DNS-1123 label',
        },
      ]);
    }
    const { scopes, clusters } = req.caller;
    if (grantsAny(scopes, ['ingest'])) {
      if (clusters === '*') return;
      // a restricted caller may upload only to the clusters it names, and never create one
      const cluster = await this.clusters.findByName(req.clusterName);
      if (cluster && clusters.includes(cluster.id)) return;
    }
    throw new KordonError(
      'forbidden',
      `this token may not upload snapshots of cluster "${req.clusterName}"`,
      [{ path: 'params.name', problem: 'needs the ingest scope for this cluster (or admin)' }],
    );
  }

  private async store(
    tx: Tx,
    req: IntakeRequest,
    parsed: Parsed,
    spool: UploadSpool,
  ): Promise<IntakeResult> {
    const key = req.idempotencyKey ?? parsed.sha;
    const existing = await this.snapshots.findByIdempotencyKey(req.clusterName, key);
    if (existing) return { snapshotId: existing.id, status: existing.status, created: false };
    const clusterId = await this.clusters.ensureCluster(tx, req.clusterName);
    const collectedAt = parsed.header?.collectedAt
      ? new Date(parsed.header.collectedAt)
      : new Date();
    const snapshotId = await this.snapshots.insertSnapshot(tx, {
      clusterId,
      idempotencyKey: key,
      bodySha256: parsed.sha,
      source: 'upload',
      contentEncoding: req.contentEncoding,
      collectedAt,
      kubernetesVersion: parsed.header?.cluster.kubernetesVersion ?? null,
    });
    await this.snapshots.storeBody(
      tx,
      snapshotId,
      parsed.dirty ? gzipMembers(sanitizedLines(req.clusterName, spool)) : spool.read(),
    );
    await this.snapshots.finishIntake(tx, snapshotId, {
      idempotencyKey: key,
      bodySha256: parsed.sha,
      objectCount: parsed.objects,
      rawBytes: parsed.rawBytes,
      collectedAt,
      kubernetesVersion: parsed.header?.cluster.kubernetesVersion ?? null,
    });
    await this.queue.enqueueInTransaction(tx, { snapshotId });
    return { snapshotId, status: 'queued', created: true };
  }

  /**
   * One streaming pass, before any database connection is taken: the bytes are
   * spooled as received while every object is validated and checked for what
   * must never be stored. Collector uploads are already clean, so they are kept
   * byte for byte.
   */
  private async parse(req: IntakeRequest, spool: UploadSpool): Promise<Parsed> {
    const counted = { bytes: 0 };
    const plain = { bytes: 0 };
    const hash = sha256();
    const body = readWithin(req.body, {
      idleMs: this.config.KORDON_UPLOAD_IDLE_TIMEOUT_S * 1000,
      totalMs: this.config.KORDON_UPLOAD_TIMEOUT_S * 1000,
    });
    const limited = limitBytes(
      spoolAsReceived(body, spool),
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
    const dropped: Record<string, number> = {};
    // Equivalent pod specs are parsed once (the last few owners' only, to keep
    // the API's memory flat): sanitizing mutates a shared spec the first time,
    // and only whether anything was removed (`dirty`) is kept from this pass —
    // a sanitized copy is written by re-reading without sharing.
    for await (const event of readSnapshot(hashBytes(decompressed, hash), {
      sharePodSpecs: { recentOwners: INTAKE_RECENT_OWNERS },
    })) {
      if (event.type === 'header') {
        header = event.header;
        checkUploadHeader(req.clusterName, header, new Date(), this.config.KORDON_MAX_CLOCK_SKEW_S);
        dirty ||= header.cluster.name === null;
      } else if (event.type === 'object') {
        const kept = keepForStorage(event.object);
        dirty ||= kept.changed;
        if (kept.object) objects += 1;
        else dropped[event.object.kind] = (dropped[event.object.kind] ?? 0) + 1;
      }
    }
    return { header, objects, rawBytes: counted.bytes, sha: hash.digest('hex'), dirty, dropped };
  }

  private async existingAfterRace(clusterName: string, key: string): Promise<IntakeResult> {
    const existing = await this.snapshots.findByIdempotencyKey(clusterName, key);
    if (existing) return { snapshotId: existing.id, status: existing.status, created: false };
    throw new KordonError('conflict', 'the same snapshot is being uploaded concurrently; retry');
  }
}
