import type {
  ManifestNamespace,
  ReadModelManifest,
  StoredNamespacesSummary,
  StoredNetworkSummary,
} from '@kordon/contracts';
import { postureScore } from '@kordon/engine';
import {
  CLUSTER_TOTAL,
  compressReadModelBody,
  decompressReadModelBody,
  encodeReadModelDocument,
  type PostureRow,
  type SeedSnapshot,
  type SeedVariant,
} from '@kordon/db';
import { isB, type ChurnSchedule } from './churn-schedule';
import type { LifecycleHistory, SeedDay } from './compose-lifecycle';

type Counts = Pick<
  PostureRow,
  | 'workloads'
  | 'ingressIsolated'
  | 'egressIsolated'
  | 'defaultDenyIngress'
  | 'defaultDenyEgress'
  | 'exposed'
  | 'attackPaths'
>;
const COUNT_FIELDS: (keyof Counts)[] = [
  'workloads',
  'ingressIsolated',
  'egressIsolated',
  'defaultDenyIngress',
  'defaultDenyEgress',
  'exposed',
  'attackPaths',
];

/** The row's values without where and when (PostureRecord carries snapshotId and collectedAt). */
function bare(row: PostureRow): PostureRow {
  const {
    snapshotId: _s,
    collectedAt: _c,
    ...rest
  } = row as PostureRow & {
    snapshotId?: string;
    collectedAt?: Date;
  };
  return rest;
}

/** The cluster total: A's, plus for each namespace in state B the difference of its rows. */
function clusterTotal(
  totalA: PostureRow,
  rowsA: Map<string, PostureRow>,
  rowsB: Map<string, PostureRow>,
  namespacesInB: string[],
): PostureRow {
  const t: PostureRow = structuredClone(bare(totalA));
  for (const ns of namespacesInB) {
    const ra = rowsA.get(ns);
    const rb = rowsB.get(ns);
    if (!ra || !rb) continue;
    for (const f of COUNT_FIELDS) t[f] += rb[f] - ra[f];
    for (const k of Object.keys(t.levels) as (keyof PostureRow['levels'])[])
      t.levels[k] += rb.levels[k] - ra.levels[k];
    for (const k of Object.keys(t.severities) as (keyof PostureRow['severities'])[])
      t.severities[k] += rb.severities[k] - ra.severities[k];
  }
  const score = postureScore({ ...t, cni: t.cni });
  return { ...t, score: score.score, scoreParts: score.parts };
}

interface Docs {
  a: SeedVariant;
  b: SeedVariant;
  summaryA: StoredNetworkSummary;
  summaryB: StoredNetworkSummary;
  nsSummaryA: StoredNamespacesSummary;
  nsSummaryB: StoredNamespacesSummary;
}

function loadDocs(a: SeedVariant, b: SeedVariant): Docs {
  const doc = <T>(v: SeedVariant, hash: string): T => {
    const body = v.documents.get(hash);
    if (!body) throw new Error(`document ${hash} missing`);
    return decompressReadModelBody(body) as T;
  };
  return {
    a,
    b,
    summaryA: doc(a, a.manifest.summary.network),
    summaryB: doc(b, b.manifest.summary.network),
    nsSummaryA: doc(a, a.manifest.summary.namespaces),
    nsSummaryB: doc(b, b.manifest.summary.namespaces),
  };
}

const nsOf = (workloadId: string) => workloadId.split('/')[0] ?? '';

/** The day's cluster-wide documents: A's, with the parts of namespaces in state B taken from B. */
function composeSummaries(
  d: Docs,
  inB: (ns: string) => boolean,
): { network: StoredNetworkSummary; namespaces: StoredNamespacesSummary } {
  const nsB = new Map(d.nsSummaryB.namespaces.map((n) => [n.name, n]));
  return {
    network: {
      ...d.summaryA,
      attackPaths: [
        ...d.summaryA.attackPaths.filter((p) => !inB(nsOf(p.from))),
        ...d.summaryB.attackPaths.filter((p) => inB(nsOf(p.from))),
      ],
    },
    namespaces: {
      isolation: d.nsSummaryA.isolation,
      namespaces: d.nsSummaryA.namespaces.map((n) => (inB(n.name) ? (nsB.get(n.name) ?? n) : n)),
    },
  };
}

/**
 * Each day's snapshot: posture rows (the cluster total, and the namespace rows
 * whose state changed that day, as the worker writes changes), summary and
 * read-model manifest; the documents it references go into `documents` the
 * first day they are used.
 */
export function composeSnapshots(
  a: SeedVariant,
  b: SeedVariant,
  s: ChurnSchedule,
  days: SeedDay[],
  lifecycle: LifecycleHistory,
  documents: Map<string, { body: Buffer; createdAt: Date }>,
): SeedSnapshot[] {
  const d = loadDocs(a, b);
  const [totalA, ...nsRowsA] = a.posture;
  if (!totalA || totalA.namespace !== CLUSTER_TOTAL) throw new Error('variant A has no total row');
  const rowsA = new Map(nsRowsA.map((r) => [r.namespace, bare(r)]));
  const rowsB = new Map(b.posture.slice(1).map((r) => [r.namespace, bare(r)]));
  const manifestB = new Map(b.manifest.namespaces.map((n) => [n.name, n]));
  const out: SeedSnapshot[] = [];
  days.forEach((day, i) => {
    const inB = (ns: string) => isB(s, ns, i);
    const namespacesInB = [...s.inB.keys()].filter(inB);
    const total = clusterTotal(totalA, rowsA, rowsB, namespacesInB);
    const changed = i === 0 ? [...rowsA.keys()] : (s.flipped[i] ?? []);
    const posture = [
      total,
      ...changed.flatMap((ns) => {
        const row = (inB(ns) ? rowsB : rowsA).get(ns);
        const other = (inB(ns) ? rowsA : rowsB).get(ns);
        return row && (i === 0 || JSON.stringify(row) !== JSON.stringify(other)) ? [row] : [];
      }),
    ];
    const used: string[] = [];
    const keep = (hash: string, body: Buffer | undefined) => {
      if (!documents.has(hash) && body) {
        documents.set(hash, { body, createdAt: day.at });
        used.push(hash);
      }
      return hash;
    };
    const encoded = (doc: unknown) => {
      const e = encodeReadModelDocument(doc);
      return documents.has(e.hash) ? e.hash : keep(e.hash, compressReadModelBody(e.json));
    };
    const summaries = namespacesInB.length ? composeSummaries(d, inB) : null;
    const nsEntries: ManifestNamespace[] = a.manifest.namespaces.map((n) => {
      const entry = inB(n.name) ? (manifestB.get(n.name) ?? n) : n;
      const from = entry === n ? a : b;
      keep(entry.detail, from.documents.get(entry.detail));
      keep(entry.network, from.documents.get(entry.network));
      return entry;
    });
    const manifest: ReadModelManifest = {
      ...a.manifest,
      summary: {
        network: summaries
          ? encoded(summaries.network)
          : keep(a.manifest.summary.network, a.documents.get(a.manifest.summary.network)),
        matrix: keep(a.manifest.summary.matrix, a.documents.get(a.manifest.summary.matrix)),
        namespaces: summaries
          ? encoded(summaries.namespaces)
          : keep(a.manifest.summary.namespaces, a.documents.get(a.manifest.summary.namespaces)),
      },
      namespaces: nsEntries,
    };
    const severities = total.severities;
    const count = Object.values(severities).reduce((x, y) => x + y, 0);
    out.push({
      id: day.id,
      idempotencyKey: `seed-day-${i}`,
      collectedAt: day.at,
      objectCount: a.snapshot.objectCount,
      rawBytes: a.snapshot.rawBytes,
      kubernetesVersion: a.snapshot.kubernetesVersion,
      engineVersion: a.snapshot.engineVersion,
      catalogVersion: a.snapshot.catalogVersion,
      summary: {
        ...a.snapshot.summary,
        counts: { ...severities, total: count },
        pssLevels: { ...total.levels },
        attackPaths: summaries
          ? summaries.network.attackPaths.length
          : d.summaryA.attackPaths.length,
      },
      written: {
        issueRows: lifecycle.issueRowsByDay[i] ?? 0,
        spanRows: lifecycle.issueRowsByDay[i] ?? 0,
        workloadSpanRows: lifecycle.workloadRowsByDay[i] ?? 0,
        postureRows: posture.length,
      },
      posture,
      manifest,
      newDocuments: used.length,
    });
  });
  return out;
}
