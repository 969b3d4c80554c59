/**
 * The history every browser test reads: two clusters with snapshots spread over five weeks
 * (dated relative to when the seed runs, so "last week" and "stale" mean the same every day),
 * CI scans of two repositories, and users of each role. Built from examples/demo-cluster.ndjson
 * with small, named edits; uploaded through the REST API as the launcher's admin token.
 *
 *   demo     calico (enforces NetworkPolicy); 6 snapshots, 35 days ago → 2 hours ago:
 *            worse at first (payments without NetworkPolicies, shop/cart privileged), the demo,
 *            log-agent fixed, then a regression in shop (cart privileged again) in the latest.
 *   staging  flannel (does not enforce NetworkPolicy); 2 snapshots, the last 3 days ago: stale.
 */
import { demoLines, editContainers, serialize } from '../../../api/test/history-fixtures';
import { kubeScoreSarif } from '../../../api/test/ci/kube-score-sarif';
import type { AdminApi } from './admin-api';

type Lines = ReturnType<typeof demoLines>;
type Json = Lines['objects'][number];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const SEED_PASSWORD = 'correct horse battery staple';

/** Users besides the launcher's admin. */
export const SEED_USERS = {
  viewer: { email: 'viewer@example.test', role: 'viewer', clusters: ['demo'] },
  triager: { email: 'triager@example.test', role: 'triager', clusters: '*' },
} as const;

export type SeedUserName = keyof typeof SEED_USERS;

interface SnapshotPlan {
  label: string;
  cluster: 'demo' | 'staging';
  ageMs: number;
  edit: (lines: Lines) => void;
}

function withoutNetworkPolicies(namespace: string) {
  return (lines: Lines) => {
    lines.objects = lines.objects.filter(
      (o) => !(o.kind === 'NetworkPolicy' && o.metadata?.namespace === namespace),
    );
  };
}

function privileged(namespace: string, prefix: string) {
  return (lines: Lines) =>
    editContainers(lines.objects, namespace, prefix, (c) => {
      c.securityContext = { ...c.securityContext, privileged: true };
    });
}

function logAgentFixed(lines: Lines) {
  editContainers(lines.objects, 'monitoring', 'log-agent', (c) => {
    delete c.securityContext?.['privileged'];
  });
}

/** calico → flannel, which does not enforce NetworkPolicy; the calico CRDs go too. */
function flannelInsteadOfCalico(lines: Lines) {
  lines.objects = lines.objects
    .filter(
      (o) => !(o.kind === 'CustomResourceDefinition' && /calico/.test(o.metadata?.name ?? '')),
    )
    .map(
      (o) =>
        JSON.parse(
          JSON.stringify(o)
            .replaceAll('calico/node', 'flannel/flannel')
            .replaceAll('calico-node', 'kube-flannel-ds'),
        ) as Json,
    );
}

function renamed(cluster: string) {
  return (lines: Lines) => {
    lines.header = {
      ...lines.header,
      cluster: { ...(lines.header['cluster'] as object), name: cluster },
    };
  };
}

const all =
  (...edits: ((lines: Lines) => void)[]) =>
  (lines: Lines) => {
    for (const edit of edits) edit(lines);
  };

/** In upload order (oldest first per cluster). */
export const SNAPSHOT_PLAN: readonly SnapshotPlan[] = [
  {
    label: 'demo-35d',
    cluster: 'demo',
    ageMs: 35 * DAY,
    edit: all(withoutNetworkPolicies('payments'), privileged('shop', 'cart')),
  },
  { label: 'demo-28d', cluster: 'demo', ageMs: 28 * DAY, edit: withoutNetworkPolicies('payments') },
  { label: 'demo-21d', cluster: 'demo', ageMs: 21 * DAY, edit: () => undefined },
  { label: 'demo-14d', cluster: 'demo', ageMs: 14 * DAY, edit: logAgentFixed },
  { label: 'demo-8d', cluster: 'demo', ageMs: 8 * DAY, edit: logAgentFixed },
  {
    label: 'demo-latest',
    cluster: 'demo',
    ageMs: 2 * HOUR,
    edit: all(logAgentFixed, privileged('shop', 'cart')),
  },
  {
    label: 'staging-10d',
    cluster: 'staging',
    ageMs: 10 * DAY,
    edit: all(renamed('staging'), flannelInsteadOfCalico),
  },
  {
    label: 'staging-latest',
    cluster: 'staging',
    ageMs: 3 * DAY,
    edit: all(renamed('staging'), flannelInsteadOfCalico, logAgentFixed),
  },
];

export type SnapshotLabel = (typeof SNAPSHOT_PLAN)[number]['label'];

export interface SeededSnapshot {
  label: string;
  cluster: string;
  id: string;
  collectedAt: string;
}

export interface SeededScan {
  id: string;
  repository: string;
  branch: string;
  verdict: string;
}

export interface SeededHistory {
  /** When the seed ran: snapshot ages are relative to it. */
  seededAt: Date;
  clusters: readonly ['demo', 'staging'];
  snapshots: SeededSnapshot[];
  /** A snapshot by its plan label: `snapshot('demo-latest').id`. */
  snapshot(label: string): SeededSnapshot;
  scans: SeededScan[];
  users: Record<SeedUserName, { email: string; password: string }>;
}

/** The body of one planned snapshot, collected at `now - ageMs`. */
export function snapshotBody(plan: SnapshotPlan, now: Date): Buffer {
  const lines = demoLines();
  plan.edit(lines);
  const collectedAt = new Date(now.getTime() - plan.ageMs).toISOString();
  return serialize({ ...lines.header, collectedAt }, lines.objects);
}

async function seedScans(api: AdminApi): Promise<SeededScan[]> {
  const uploads = [
    { repository: 'acme/shop', branch: 'main', rules: ['container-resources'] },
    {
      repository: 'acme/shop',
      branch: 'feature/cart-privileged',
      rules: ['container-resources', 'container-security-context-privileged'],
    },
    { repository: 'acme/payments', branch: 'main', rules: [] },
  ];
  const scans: SeededScan[] = [];
  for (const upload of uploads) {
    const result = await api.uploadScan({
      repository: upload.repository,
      commit: `c0ffee${scans.length}`,
      branch: upload.branch,
      defaultBranch: 'main',
      failOnNew: 'medium',
      sarif: kubeScoreSarif(
        upload.rules.map((rule) => ({ rule, level: 'error', object: 'Deployment shop/cart' })),
      ),
    });
    scans.push({
      id: result.id,
      repository: upload.repository,
      branch: upload.branch,
      verdict: result.verdict,
    });
  }
  return scans;
}

/** Uploads the whole plan, waits for every analysis, adds scans and users. */
export async function seedHistory(api: AdminApi, now = new Date()): Promise<SeededHistory> {
  const snapshots: SeededSnapshot[] = [];
  for (const plan of SNAPSHOT_PLAN) {
    const id = await api.uploadSnapshot(plan.cluster, snapshotBody(plan, now));
    const done = await api.waitForAnalysis(id);
    snapshots.push({ label: plan.label, cluster: plan.cluster, id, collectedAt: done.collectedAt });
  }
  const scans = await seedScans(api);
  const users = {} as SeededHistory['users'];
  for (const [name, user] of Object.entries(SEED_USERS) as [
    SeedUserName,
    (typeof SEED_USERS)[SeedUserName],
  ][]) {
    await api.createUser({
      email: user.email,
      role: user.role,
      clusters: user.clusters === '*' ? '*' : [...user.clusters],
      password: SEED_PASSWORD,
    });
    users[name] = { email: user.email, password: SEED_PASSWORD };
  }
  return {
    seededAt: now,
    clusters: ['demo', 'staging'],
    snapshots,
    snapshot(label) {
      const found = snapshots.find((s) => s.label === label);
      if (!found) throw new Error(`no seeded snapshot labelled ${label}`);
      return found;
    },
    scans,
    users,
  };
}
