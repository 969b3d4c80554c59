import type { Metadata } from 'next';
import Link from 'next/link';
import { ClusterPageHeader } from '../../../../components/cluster/ClusterPageHeader';
import { DiffIssueTable } from '../../../../components/diff/DiffIssueTable';
import { DiffReach } from '../../../../components/diff/DiffReach';
import { DiffWorkloads } from '../../../../components/diff/DiffWorkloads';
import { SnapshotPicker } from '../../../../components/diff/SnapshotPicker';
import { ProblemNotice } from '../../../../components/ProblemNotice';
import { Timestamp } from '../../../../components/Timestamp';
import { clusterHref, clusterPageHref, snapshotHref } from '../../../../format/cluster-href';
import { decodeParam, firstParam } from '../../../../format/href';
import type { SnapshotListItem } from '../../../../server/api-types';
import { loadOrAnyProblem, loadOrProblem } from '../../../../server/load-or-problem';
import { getDiff, recentSnapshots } from '../../../../server/read-model-api';
import type { SnapshotDiff } from '../../../../server/read-model-types';

export const dynamic = 'force-dynamic';

interface DiffPageProps {
  params: Promise<{ name: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: DiffPageProps): Promise<Metadata> {
  return { title: `Changes · ${decodeParam((await params).name)}` };
}

/** `to` defaults to the newest analyzed snapshot, `from` to the analyzed one before `to`. */
function choose(snapshots: SnapshotListItem[], from: string | null, to: string | null) {
  const done = snapshots.filter((snapshot) => snapshot.status === 'done');
  const toId = to ?? done[0]?.id ?? null;
  const toIndex = done.findIndex((snapshot) => snapshot.id === toId);
  const fromId = from ?? (toIndex >= 0 ? (done[toIndex + 1]?.id ?? null) : null);
  return { done, fromId, toId };
}

function Counts({ diff }: { diff: SnapshotDiff }) {
  return (
    <ul className="diff-counts" aria-label="Summary of changes">
      <li>
        <strong data-testid="new-issues">{diff.issues.counts.new}</strong> new issues
      </li>
      <li>
        <strong data-testid="resolved-issues">{diff.issues.counts.resolved}</strong> resolved
      </li>
      <li>
        <strong>{diff.issues.counts.unchanged}</strong> unchanged
      </li>
      <li>
        <strong>{diff.workloads.counts.added}</strong> workloads added,{' '}
        <strong>{diff.workloads.counts.removed}</strong> removed,{' '}
        <strong data-testid="level-changes">{diff.workloads.counts.levelChanged}</strong> changed
        level
      </li>
      <li>
        <strong>{diff.reach.counts.becameReachable}</strong> namespace pairs became reachable,{' '}
        <strong>{diff.reach.counts.becameUnreachable}</strong> unreachable
      </li>
    </ul>
  );
}

function DiffBody({ cluster, diff }: { cluster: string; diff: SnapshotDiff }) {
  return (
    <>
      <p>
        From the snapshot of{' '}
        <Link href={snapshotHref(diff.against.id)}>
          <Timestamp iso={diff.against.collectedAt} />
        </Link>{' '}
        to the snapshot of{' '}
        <Link href={snapshotHref(diff.snapshot.id)}>
          <Timestamp iso={diff.snapshot.collectedAt} />
        </Link>
        .
      </p>
      <Counts diff={diff} />
      <section aria-labelledby="issues-heading">
        <h2 id="issues-heading">Issues</h2>
        <DiffIssueTable
          cluster={cluster}
          issues={diff.issues.new}
          total={diff.issues.counts.new}
          caption="New issues"
        />
        <DiffIssueTable
          cluster={cluster}
          issues={diff.issues.resolved}
          total={diff.issues.counts.resolved}
          caption="Resolved issues"
          resolved
        />
      </section>
      <section aria-labelledby="workloads-heading">
        <h2 id="workloads-heading">Workloads and Pod Security levels</h2>
        <DiffWorkloads cluster={cluster} workloads={diff.workloads} />
      </section>
      <section aria-labelledby="reach-heading">
        <h2 id="reach-heading">Reachability</h2>
        <DiffReach cluster={cluster} reach={diff.reach} toSnapshot={diff.snapshot.id} />
      </section>
    </>
  );
}

export default async function DiffPage({ params, searchParams }: DiffPageProps) {
  const cluster = decodeParam((await params).name);
  const search = await searchParams;
  const pathname = clusterPageHref(cluster, 'diff');
  const loaded = await loadOrProblem(() => recentSnapshots(cluster));
  const choice = loaded.ok
    ? choose(loaded.data, firstParam(search.from), firstParam(search.to))
    : null;
  const diff =
    choice?.fromId && choice.toId
      ? await loadOrAnyProblem(() => getDiff(choice.toId as string, choice.fromId as string))
      : null;
  return (
    <>
      <ClusterPageHeader cluster={cluster} title="Changes" />
      {!loaded.ok || !choice ? (
        loaded.ok ? null : (
          <ProblemNotice problem={loaded.problem} />
        )
      ) : choice.done.length < 2 ? (
        <section className="notice notice-info">
          <h2>Nothing to compare yet</h2>
          <p>
            Changes need two analyzed snapshots; cluster <span className="name">{cluster}</span> has{' '}
            {choice.done.length}. The next upload or collector run adds one (
            <Link href={clusterHref(cluster)}>snapshots</Link>).
          </p>
        </section>
      ) : (
        <>
          <SnapshotPicker
            pathname={pathname}
            snapshots={choice.done}
            from={choice.fromId}
            to={choice.toId}
          />
          {!diff ? (
            <p className="empty">Choose two snapshots to compare.</p>
          ) : diff.ok ? (
            <DiffBody cluster={cluster} diff={diff.data} />
          ) : (
            <ProblemNotice problem={diff.problem} />
          )}
        </>
      )}
    </>
  );
}
