import path from 'node:path';
import type { CliIo } from '../cli-io';
import { UsageError } from '../usage-error';
import { collectSnapshot } from './collect-snapshot';
import { openKubeConnection, type ConnectionOptions } from './kube-connection';
import { DEFAULT_RETRY, type RetryPolicy } from './retry-policy';
import { SnapshotSpool } from './snapshot-spool';
import { dns1123LabelSchema } from '@kordon/contracts';

export interface CollectOptions extends ConnectionOptions {
  cluster?: string;
  chunkSize: string;
  requestTimeout: string;
  retries: string;
}

function positiveInteger(value: string, option: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw new UsageError(`${option} must be an integer from 0 to ${max} (got "${value}")`);
  return n;
}

/** The kubeconfig cluster's name as a DNS-1123 label: `gke_proj_zone_prod` → `gke-proj-zone-prod`. */
export function clusterLabel(name: string): string {
  const label = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return label === '' ? 'cluster' : label;
}

function clusterName(option: string | undefined, fromConfig: string): string {
  if (option === undefined) return clusterLabel(fromConfig);
  if (!dns1123LabelSchema.safeParse(option).success)
    throw new UsageError(`--cluster must be a DNS-1123 label (got "${option}")`);
  return option;
}

export interface WrittenSnapshot {
  cluster: string;
  objects: number;
  retry: RetryPolicy;
}

/** Collects the cluster into `output` (gzip NDJSON unless it ends in `.ndjson`), via a spool next to it. */
export async function collectToFile(
  output: string,
  options: CollectOptions,
  io: CliIo,
): Promise<WrittenSnapshot> {
  const chunkSize = positiveInteger(options.chunkSize, '--chunk-size', 100_000) || 500;
  const timeoutMs =
    positiveInteger(options.requestTimeout, '--request-timeout', 3600) * 1000 || 60_000;
  const retry: RetryPolicy = {
    ...DEFAULT_RETRY,
    retries: positiveInteger(options.retries, '--retries', 100),
  };
  const connection = await openKubeConnection({ ...options, inClusterRoot: io.env.inClusterRoot });
  const cluster = clusterName(options.cluster, connection.clusterName);
  const spool = new SnapshotSpool(
    path.join(path.dirname(output), `.${path.basename(output)}.objects`),
    !output.endsWith('.ndjson'),
  );
  const progress = (text: string) => io.stderr(`kordon: collect: ${text}\n`);
  progress(`cluster ${cluster} at ${connection.server}, ${chunkSize} objects per page`);
  try {
    const result = await collectSnapshot({
      connection,
      chunkSize,
      timeoutMs,
      retry,
      sleep: io.sleep,
      notice: progress,
      clusterName: cluster,
      now: io.now,
      spool,
      progress,
    });
    await spool.finish(result.headerLine, result.endLine, output);
    const missing = Object.entries(result.coverage).filter(([, c]) => c !== 'complete');
    progress(
      `done: ${result.objects} objects${missing.length > 0 ? `; not collected: ${missing.map(([k, c]) => `${k} (${c})`).join(', ')}` : ''}`,
    );
    return { cluster, objects: result.objects, retry };
  } catch (error) {
    await spool.discard();
    throw error;
  }
}
