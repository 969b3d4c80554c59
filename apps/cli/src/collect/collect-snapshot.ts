import {
  COLLECTED_RESOURCES,
  CONFIG_MAP_RESOURCE,
  groupVersionPath,
  sanitizeObject,
  SNAPSHOT_API_VERSION,
  snapshotEndLine,
  snapshotHeaderLine,
  snapshotObjectLine,
  type Coverage,
  type KubeResource,
} from '@kordon/contracts';
import { CNI_SETTING_KEYS } from '@kordon/engine';
import { CLI_VERSION } from '../version';
import { KubeApiError, statusMessage } from './kube-api-error';
import { getWithRetries, listResource, type ListSettings } from './list-resource';
import type { SnapshotSpool } from './snapshot-spool';

type Json = Record<string, unknown>;

export interface CollectRequest extends ListSettings {
  clusterName: string;
  now: () => Date;
  spool: SnapshotSpool;
  /** Progress lines (kinds, counts, bytes) for stderr. */
  progress: (text: string) => void;
}

export interface CollectResult {
  headerLine: string;
  endLine: string;
  coverage: Record<string, Coverage>;
  objects: number;
}

const PROGRESS_EVERY = 10_000;

function megabytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function kubernetesVersion(settings: ListSettings): Promise<string> {
  const answer = await getWithRetries(settings, '/version', 'GET /version');
  const gitVersion = (answer.body as { gitVersion?: unknown } | null)?.gitVersion;
  if (answer.status !== 200 || typeof gitVersion !== 'string')
    throw new KubeApiError(
      `GET /version: ${statusMessage(answer.body, answer.status)}`,
      answer.status,
    );
  return gitVersion;
}

/** The two CNI settings, each read by name (never listed): 404 is fine, 403 is `forbidden`. */
async function collectCniSettings(request: CollectRequest): Promise<Coverage> {
  const resource: KubeResource = CONFIG_MAP_RESOURCE;
  let coverage: Coverage = 'complete';
  for (const { namespace, name } of CNI_SETTING_KEYS) {
    const path = `${groupVersionPath(resource)}/namespaces/${namespace}/${resource.plural}/${name}`;
    const answer = await getWithRetries(request, path, `get configmap ${namespace}/${name}`);
    if (answer.status === 403) coverage = 'forbidden';
    if (answer.status !== 200) continue;
    await writeObject(request, answer.body as Json);
  }
  return coverage;
}

async function writeObject(request: CollectRequest, object: Json): Promise<void> {
  const clean = sanitizeObject(object);
  if (clean === null) return;
  await request.spool.write(snapshotObjectLine(clean));
  const { objects, bytes } = request.spool;
  if (objects % PROGRESS_EVERY === 0)
    request.progress(`${objects} objects, ${megabytes(bytes)} so far (${String(object.kind)})`);
}

/**
 * Lists every kind of DESIGN §2 into the spool, minimized before it is written
 * (`sanitizeObject`: env values marked, ConfigMap data and Secrets never,
 * managedFields and last-applied dropped), and returns the header (with each
 * kind's coverage) and end lines.
 */
export async function collectSnapshot(request: CollectRequest): Promise<CollectResult> {
  const collectedAt = request
    .now()
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
  const version = await kubernetesVersion(request);
  const coverage: Record<string, Coverage> = {};
  for (const resource of COLLECTED_RESOURCES) {
    const before = { objects: request.spool.objects, bytes: request.spool.bytes };
    coverage[resource.kind] = await listResource(request, resource, (object) =>
      writeObject(request, object),
    );
    const count = request.spool.objects - before.objects;
    const state = coverage[resource.kind] === 'forbidden' ? ' (forbidden: not collected)' : '';
    request.progress(
      `${resource.kind}: ${count} objects, ${megabytes(request.spool.bytes - before.bytes)}${state}; total ${request.spool.objects} objects, ${megabytes(request.spool.bytes)}`,
    );
  }
  coverage[CONFIG_MAP_RESOURCE.kind] = await collectCniSettings(request);
  const headerLine = snapshotHeaderLine({
    apiVersion: SNAPSHOT_API_VERSION,
    kind: 'ClusterSnapshot',
    cluster: { name: request.clusterName, kubernetesVersion: version },
    collectedAt,
    collector: { name: 'kordon', version: CLI_VERSION },
    coverage,
  });
  return {
    headerLine,
    endLine: snapshotEndLine(request.spool.objects),
    coverage,
    objects: request.spool.objects,
  };
}
