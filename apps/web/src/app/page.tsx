import Link from 'next/link';
import { Pager } from '../components/Pager';
import { ProblemNotice } from '../components/ProblemNotice';
import { SeverityCounts } from '../components/SeverityCounts';
import { StatusBadge } from '../components/StatusBadge';
import { Timestamp } from '../components/Timestamp';
import { firstParam } from '../format/href';
import { listClusters } from '../server/api-client';
import type { ClusterSummary } from '../server/api-types';
import { loadOrProblem } from '../server/load-or-problem';

export const dynamic = 'force-dynamic';

const PAGE_SIZE = 50;

function EmptyState() {
  return (
    <section className="empty" aria-label="Getting started">
      <p>
        No clusters yet — upload one:{' '}
        <code>npx kordon upload examples/demo-cluster.ndjson --wait</code>
      </p>
    </section>
  );
}

function ClusterRow({ cluster }: { cluster: ClusterSummary }) {
  const latest = cluster.latestSnapshot;
  return (
    <tr>
      <th scope="row">
        <Link href={`/clusters/${encodeURIComponent(cluster.name)}`}>{cluster.name}</Link>
      </th>
      <td>
        {latest ? (
          <>
            <Link
              href={`/snapshots/${encodeURIComponent(latest.id)}`}
              aria-label={`Latest snapshot of ${cluster.name}`}
            >
              <StatusBadge status={latest.status} />
            </Link>{' '}
            <Timestamp iso={latest.collectedAt} />
          </>
        ) : (
          <span className="muted">No snapshots</span>
        )}
      </td>
      <td>
        {latest ? <SeverityCounts counts={latest.counts} /> : <span className="muted">—</span>}
      </td>
      <td className="number">{cluster.snapshotCount}</td>
    </tr>
  );
}

export default async function ClustersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const cursor = firstParam((await searchParams).cursor);
  const loaded = await loadOrProblem(() => listClusters({ limit: PAGE_SIZE, cursor }));
  return (
    <>
      <h1>Clusters</h1>
      {!loaded.ok ? (
        <ProblemNotice problem={loaded.problem} />
      ) : loaded.data.items.length === 0 && !cursor ? (
        <EmptyState />
      ) : (
        <>
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">
                Clusters and the findings of their latest snapshot
              </caption>
              <thead>
                <tr>
                  <th scope="col">Cluster</th>
                  <th scope="col">Latest snapshot</th>
                  <th scope="col">Findings</th>
                  <th scope="col" className="number">
                    Snapshots
                  </th>
                </tr>
              </thead>
              <tbody>
                {loaded.data.items.map((cluster) => (
                  <ClusterRow key={cluster.id} cluster={cluster} />
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
