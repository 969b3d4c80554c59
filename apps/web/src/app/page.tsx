import Link from 'next/link';
import { CniVerdict } from '../components/CniVerdict';
import { EmptyClusters } from '../components/EmptyClusters';
import { Pager } from '../components/Pager';
import { ProblemNotice } from '../components/ProblemNotice';
import { ScoreParts } from '../components/ScoreParts';
import { Sparkline } from '../components/Sparkline';
import { StatusBadge } from '../components/StatusBadge';
import { Timestamp } from '../components/Timestamp';
import { clusterHref } from '../format/cluster-href';
import { freshness } from '../format/freshness';
import { firstParam } from '../format/href';
import { formatChange, pointAWeekBefore } from '../format/posture-summary';
import { getClusterPosture, listClusters } from '../server/api-client';
import type { ClusterSummary, PosturePoint, PostureTrend } from '../server/api-types';
import { loadOrProblem } from '../server/load-or-problem';

export const dynamic = 'force-dynamic';

const PAGE_SIZE = 50;
const TREND_DAYS = 30;

interface ClusterOverview {
  cluster: ClusterSummary;
  /** Null when the posture could not be read (the row says so). */
  posture: PostureTrend | null;
}

async function overviewOf(cluster: ClusterSummary, now: Date): Promise<ClusterOverview> {
  if (!cluster.latestSnapshot) return { cluster, posture: null };
  const from = new Date(now.getTime() - TREND_DAYS * 24 * 3_600_000).toISOString();
  try {
    return { cluster, posture: await getClusterPosture(cluster.name, { from }) };
  } catch {
    return { cluster, posture: null };
  }
}

function SeverityTrend({
  label,
  now,
  weekAgo,
}: {
  label: 'critical' | 'high';
  now: PosturePoint;
  weekAgo: PosturePoint | null;
}) {
  const count = now.severities[label];
  const change = weekAgo ? count - weekAgo.severities[label] : null;
  return (
    <td className="number" data-severity={label}>
      <span className="count">{count}</span>
      <br />
      {change === null ? (
        <span className="muted change">no data a week ago</span>
      ) : (
        <span
          className={`change ${change > 0 ? 'worse' : change < 0 ? 'better' : ''}`}
          title={`${label} issues open: ${weekAgo?.severities[label]} a week before, ${count} now`}
        >
          {formatChange(change)} <span className="visually-hidden">since last week</span>
          <span aria-hidden="true">/ 7 d</span>
        </span>
      )}
    </td>
  );
}

function LastSnapshot({ cluster, now }: { cluster: ClusterSummary; now: Date }) {
  const latest = cluster.latestSnapshot;
  if (!latest) return <span className="muted">No snapshots yet</span>;
  const fresh = freshness(latest.collectedAt, now);
  return (
    <>
      <Link href={`/snapshots/${encodeURIComponent(latest.id)}`}>{fresh.age} ago</Link>{' '}
      {latest.status !== 'done' ? <StatusBadge status={latest.status} /> : null}
      {fresh.stale ? (
        <span className="badge badge-stale" title="No snapshot for more than a day">
          Stale collector
        </span>
      ) : null}
      <br />
      <span className="muted small">
        <Timestamp iso={latest.collectedAt} />
      </span>
    </>
  );
}

function ClusterRow({ overview, now }: { overview: ClusterOverview; now: Date }) {
  const { cluster, posture } = overview;
  const points = posture?.points ?? [];
  const latest = points.at(-1) ?? null;
  const weekAgo = latest ? pointAWeekBefore(points, latest) : null;
  return (
    <tr data-cluster={cluster.name}>
      <th scope="row">
        <Link href={clusterHref(cluster.name)}>{cluster.name}</Link>
      </th>
      {latest ? (
        <>
          <td className="score-cell">
            <span className="score">{latest.score}</span>
            <span className="muted">/100</span>
            <ScoreParts parts={latest.parts} />
          </td>
          <td>
            <Sparkline
              values={points.map((point) => point.score)}
              label={`Score over the last ${TREND_DAYS} days: from ${points[0]?.score} to ${latest.score}`}
            />
          </td>
          <SeverityTrend label="critical" now={latest} weekAgo={weekAgo} />
          <SeverityTrend label="high" now={latest} weekAgo={weekAgo} />
        </>
      ) : (
        <td colSpan={4} className="muted">
          {cluster.latestSnapshot
            ? 'No analysed snapshot in the last 30 days'
            : 'Nothing analysed yet'}
        </td>
      )}
      <td>
        <LastSnapshot cluster={cluster} now={now} />
      </td>
      <td>{latest ? <CniVerdict verdict={latest.cni} /> : <span className="muted">—</span>}</td>
    </tr>
  );
}

export default async function OverviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const cursor = firstParam((await searchParams).cursor);
  const now = new Date();
  const loaded = await loadOrProblem(async () => {
    const page = await listClusters({ limit: PAGE_SIZE, cursor });
    const rows = await Promise.all(page.items.map((cluster) => overviewOf(cluster, now)));
    return { rows, nextCursor: page.nextCursor };
  });
  return (
    <>
      <h1>Overview</h1>
      {!loaded.ok ? (
        <ProblemNotice problem={loaded.problem} />
      ) : loaded.data.rows.length === 0 && !cursor ? (
        <EmptyClusters />
      ) : (
        <>
          <div className="table-scroll">
            <table className="overview">
              <caption>
                Every cluster: posture score and its parts, the trend of the last {TREND_DAYS} days,
                open critical and high issues with the change since a week before, the age of the
                latest snapshot and whether the network plugin enforces NetworkPolicy.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Cluster</th>
                  <th scope="col">Score</th>
                  <th scope="col">Trend</th>
                  <th scope="col" className="number">
                    Critical
                  </th>
                  <th scope="col" className="number">
                    High
                  </th>
                  <th scope="col">Latest snapshot</th>
                  <th scope="col">CNI</th>
                </tr>
              </thead>
              <tbody>
                {loaded.data.rows.map((overview) => (
                  <ClusterRow key={overview.cluster.id} overview={overview} now={now} />
                ))}
              </tbody>
            </table>
          </div>
          <Pager pathname="/" query={{}} cursor={cursor} nextCursor={loaded.data.nextCursor} />
        </>
      )}
    </>
  );
}
