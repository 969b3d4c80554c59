import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { AutoRefresh } from '../../../components/AutoRefresh';
import { Pager } from '../../../components/Pager';
import { ProblemNotice } from '../../../components/ProblemNotice';
import { ChartFigure } from '../../../components/posture/ChartFigure';
import { CniBanner } from '../../../components/posture/CniBanner';
import { Headline } from '../../../components/posture/Headline';
import { RangePicker } from '../../../components/posture/RangePicker';
import { RegressedSection } from '../../../components/posture/RegressedSection';
import { SnapshotsTable } from '../../../components/posture/SnapshotsTable';
import { clusterHref } from '../../../format/cluster-href';
import { decodeParam, firstParam, hrefWithQuery } from '../../../format/href';
import { lastDays, postureRange, type PostureRange } from '../../../format/posture-range';
import { chartRows, type ChartRow } from '../../../format/posture-series';
import { getClusterPosture, listClusterSnapshots } from '../../../server/api-client';
import { isSettled } from '../../../server/api-types';
import { loadOrProblem } from '../../../server/load-or-problem';

export const dynamic = 'force-dynamic';

const SNAPSHOT_PAGE_SIZE = 20;

interface PosturePageProps {
  params: Promise<{ name: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: PosturePageProps): Promise<Metadata> {
  return { title: `Posture · ${decodeParam((await params).name)}` };
}

function Charts({ rows }: { rows: ChartRow[] }) {
  return (
    <div className="charts">
      <ChartFigure
        id="chart-levels"
        title="Workloads by Pod Security level"
        description="How many workloads meet only privileged, baseline or restricted."
        rows={rows}
        kind="stacked-area"
        series={[
          { key: 'privileged', label: 'Privileged', color: 'var(--critical)' },
          { key: 'baseline', label: 'Baseline', color: 'var(--medium)' },
          { key: 'restricted', label: 'Restricted', color: 'var(--ok)' },
        ]}
      />
      <ChartFigure
        id="chart-severities"
        title="Open issues by severity"
        description="Issues open at each snapshot (suppressed ones excluded)."
        rows={rows}
        kind="stacked-area"
        series={[
          { key: 'critical', label: 'Critical', color: 'var(--critical)' },
          { key: 'high', label: 'High', color: 'var(--high)' },
          { key: 'medium', label: 'Medium', color: 'var(--medium)' },
          { key: 'low', label: 'Low', color: 'var(--low)' },
        ]}
      />
      <ChartFigure
        id="chart-isolation"
        title="Isolation coverage"
        description="Share of workloads a NetworkPolicy isolates, for ingress and for egress."
        rows={rows}
        kind="line"
        unit="%"
        yMax={100}
        series={[
          { key: 'ingressCoverage', label: 'Ingress', color: 'var(--chart-1)' },
          { key: 'egressCoverage', label: 'Egress', color: 'var(--chart-2)' },
        ]}
      />
      <ChartFigure
        id="chart-exposure"
        title="Default deny, exposure and attack paths"
        description="Namespaces with a default-deny policy, workloads reachable from outside the cluster, and paths from an exposed workload to a sensitive one."
        rows={rows}
        kind="line"
        series={[
          { key: 'defaultDenyIngress', label: 'Default-deny namespaces', color: 'var(--chart-2)' },
          { key: 'exposed', label: 'Exposed workloads', color: 'var(--chart-1)' },
          { key: 'attackPaths', label: 'Attack paths', color: 'var(--chart-3)' },
        ]}
      />
    </div>
  );
}

function NoPoints({ pathname, range, now }: { pathname: string; range: PostureRange; now: Date }) {
  return (
    <p className="empty">
      No analysed snapshot between {range.from} and {range.to}.{' '}
      <Link href={hrefWithQuery(pathname, lastDays(365, now))}>Show the last 365 days</Link>.
    </p>
  );
}

export default async function PosturePage({ params, searchParams }: PosturePageProps) {
  const name = decodeParam((await params).name);
  const search = await searchParams;
  const cursor = firstParam(search.cursor);
  const now = new Date();
  const range = postureRange({ from: firstParam(search.from), to: firstParam(search.to) }, now);
  const pathname = clusterHref(name);
  const [posture, snapshots] = await Promise.all([
    loadOrProblem(() =>
      getClusterPosture(name, {
        from: range.from,
        to: range.to,
        bucket: range.bucket,
      }),
    ),
    loadOrProblem(() => listClusterSnapshots(name, { limit: SNAPSHOT_PAGE_SIZE, cursor })),
  ]);
  const rows = posture.ok ? chartRows(posture.data.points) : [];
  const first = rows[0];
  const last = rows.at(-1);
  const latestPoint = posture.ok ? posture.data.points.at(-1) : undefined;
  const inProgress =
    snapshots.ok && snapshots.data.items.some((snapshot) => !isSettled(snapshot.status));
  return (
    <>
      <h1>
        Posture over time <span className="muted">·</span> <span className="name">{name}</span>
      </h1>
      {latestPoint ? (
        <CniBanner cluster={name} verdict={latestPoint.cni} day={latestPoint.at.slice(0, 10)} />
      ) : null}
      <RangePicker pathname={pathname} range={range} now={now} />
      {!posture.ok ? (
        <ProblemNotice problem={posture.problem} />
      ) : !first || !last ? (
        <NoPoints pathname={pathname} range={range} now={now} />
      ) : (
        <>
          <Headline first={first} last={last} />
          <Charts rows={rows} />
          <section aria-labelledby="regressed-heading">
            <h2 id="regressed-heading">Namespaces that regressed most</h2>
            <Suspense fallback={<p className="muted">Comparing namespaces…</p>}>
              <RegressedSection cluster={name} firstDay={first.day} lastDay={last.day} />
            </Suspense>
          </section>
        </>
      )}
      <section aria-labelledby="snapshots-heading">
        <h2 id="snapshots-heading">Snapshots</h2>
        {!snapshots.ok ? (
          <ProblemNotice problem={snapshots.problem} />
        ) : (
          <>
            {inProgress ? <AutoRefresh message="Some snapshots are still being analyzed." /> : null}
            <SnapshotsTable cluster={name} snapshots={snapshots.data.items} />
            <Pager
              pathname={pathname}
              query={{ from: firstParam(search.from), to: firstParam(search.to) }}
              cursor={cursor}
              nextCursor={snapshots.data.nextCursor}
            />
          </>
        )}
      </section>
    </>
  );
}
