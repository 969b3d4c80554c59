import { z } from 'zod';
import { KordonError } from './kordon-error';
import { zodIssuesToDetails } from './zod-details';

export const SNAPSHOT_API_VERSION = 'kordon.dev/v1';

const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const KUBERNETES_VERSION = /^v?\d+\.\d+/;

export const dns1123LabelSchema = z
  .string()
  .max(63, 'must be a DNS-1123 label')
  .regex(DNS_1123_LABEL, 'must be a DNS-1123 label');

export const coverageSchema = z.enum(['complete', 'forbidden', 'partial']);
export type Coverage = z.infer<typeof coverageSchema>;

/** The header as written on the wire (line 1 of NDJSON, or the fields of an items document). */
export const snapshotHeaderSchema = z.object({
  apiVersion: z.literal(SNAPSHOT_API_VERSION, `must be ${SNAPSHOT_API_VERSION}`),
  kind: z.literal('ClusterSnapshot', 'must be ClusterSnapshot'),
  cluster: z.object({
    name: dns1123LabelSchema,
    kubernetesVersion: z
      .string()
      .regex(KUBERNETES_VERSION, 'must be a Kubernetes version such as v1.31.2'),
  }),
  collectedAt: z.iso.datetime('must be an RFC 3339 UTC timestamp such as 2025-01-31T12:00:00Z'),
  collector: z.object({
    name: z.string().min(1, 'must not be empty'),
    version: z.string().min(1, 'must not be empty'),
  }),
  coverage: z.record(z.string(), coverageSchema),
});

export type WireSnapshotHeader = z.infer<typeof snapshotHeaderSchema>;

/**
 * The header a reader hands on. A plain Kubernetes List carries none, so its
 * synthesised header has a null cluster name and version (the API takes the
 * name from the URL), no collection time or collector, and empty coverage.
 */
export interface SnapshotHeader {
  apiVersion: typeof SNAPSHOT_API_VERSION;
  kind: 'ClusterSnapshot';
  cluster: { name: string | null; kubernetesVersion: string | null };
  collectedAt: string | null;
  collector: { name: string; version: string } | null;
  coverage: Record<string, Coverage>;
}

/** Validates a wire header; unknown fields are dropped. `where` prefixes the message (`line 1`). */
export function parseSnapshotHeader(value: unknown, where?: string): WireSnapshotHeader {
  const result = snapshotHeaderSchema.safeParse(value, {
    error: (issue) => (issue.input === undefined ? 'is required' : undefined),
  });
  if (result.success) return result.data;
  const details = zodIssuesToDetails(result.error);
  const first = details[0];
  const prefix = where === undefined ? 'snapshot header' : `${where}: snapshot header`;
  const summary = first === undefined ? 'invalid' : `${first.path}: ${first.problem}`;
  throw new KordonError('invalid_snapshot', `${prefix}: ${summary}`, details);
}

export function listSnapshotHeader(): SnapshotHeader {
  return {
    apiVersion: SNAPSHOT_API_VERSION,
    kind: 'ClusterSnapshot',
    cluster: { name: null, kubernetesVersion: null },
    collectedAt: null,
    collector: null,
    coverage: {},
  };
}
