import { CLUSTER_TOTAL, type PostureRow } from './posture-record';

/** JSON with object keys sorted: jsonb read back from Postgres does not keep key order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort())
    out[key] = canonical((value as Record<string, unknown>)[key]);
  return out;
}

/** The columns of `posture`, in the order the COPY writers send them. */
export const POSTURE_COLUMNS = [
  'snapshot_id',
  'cluster_id',
  'collected_at',
  'namespace',
  'namespaces',
  'workloads',
  'level_privileged',
  'level_baseline',
  'level_restricted',
  'sev_critical',
  'sev_high',
  'sev_medium',
  'sev_low',
  'sev_info',
  'ingress_isolated',
  'egress_isolated',
  'default_deny_ingress',
  'default_deny_egress',
  'exposed',
  'attack_paths',
  'cni',
  'score',
  'score_parts',
  'reach',
  'applied',
  'present',
];

/**
 * A row's values in `posture` column order (after snapshot, cluster, time and
 * namespace), JSON columns still as objects: the one list both the COPY
 * encoder and the change comparison read, so they cannot drift apart.
 */
export function postureColumnValues(r: PostureRow): (string | number | null | unknown)[] {
  return [
    r.namespaces,
    r.workloads,
    r.levels.privileged,
    r.levels.baseline,
    r.levels.restricted,
    r.severities.critical,
    r.severities.high,
    r.severities.medium,
    r.severities.low,
    r.severities.info,
    r.ingressIsolated,
    r.egressIsolated,
    r.defaultDenyIngress,
    r.defaultDenyEgress,
    r.exposed,
    r.attackPaths,
    r.cni,
    r.score,
    r.scoreParts,
    r.reach,
  ];
}

/** The values of a row, as one comparable string (everything but where and when). */
export function postureValues(r: PostureRow): string {
  return JSON.stringify(postureColumnValues(r).map(canonical));
}

export interface PostureChanges {
  /** Rows to write: the cluster total always, namespaces only when new or changed. */
  write: PostureRow[];
  /** Namespaces present before and gone now: they get a tombstone. */
  gone: string[];
}

/**
 * Posture history stores changes: a snapshot writes its cluster-total row and
 * the namespace rows that differ from the namespace's latest state. With 1% of
 * workloads changing per hour, that is a few rows instead of one per namespace.
 */
export function postureChanges(
  current: ReadonlyMap<string, string>,
  next: readonly PostureRow[],
): PostureChanges {
  const write: PostureRow[] = [];
  const seen = new Set<string>();
  for (const row of next) {
    seen.add(row.namespace);
    if (row.namespace === CLUSTER_TOTAL || current.get(row.namespace) !== postureValues(row))
      write.push(row);
  }
  const gone = [...current.keys()].filter((ns) => ns !== CLUSTER_TOTAL && !seen.has(ns));
  return { write, gone };
}
