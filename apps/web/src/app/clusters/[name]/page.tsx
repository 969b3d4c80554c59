import type { Metadata } from 'next';
import Link from 'next/link';
import { AutoRefresh } from '../../../components/AutoRefresh';
import { Pager } from '../../../components/Pager';
import { ProblemNotice } from '../../../components/ProblemNotice';
import { SeverityCounts } from '../../../components/SeverityCounts';
import { StatusBadge } from '../../../components/StatusBadge';
import { Timestamp } from '../../../components/Timestamp';
import { decodeParam, firstParam } from '../../../format/href';
import { listClusterSnapshots } from '../../../server/api-client';
import { isSettled, type SnapshotListItem } from '../../../server/api-types';
import { loadOrProblem } from '../../../server/load-or-problem';

export const dynamic = 'force-dynamic';

const PAGE_SIZE = 50;

interface ClusterPageProps {
  params: Promise<{ name: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: ClusterPageProps): Promise<Metadata> {
  return { title: `Cluster ${decodeParam((await params).name)}` };
}

function SnapshotRow({ snapshot }: { snapshot: SnapshotListItem }) {
  return (
    <tr>
      <th scope="row">
        <Link href={`/snapshots/${encodeURIComponent(snapshot.id)}`}>
          <Timestamp iso={snapshot.collectedAt ?? snapshot.receivedAt} />
        </Link>
      </th>
      <td>
        <StatusBadge status={snapshot.status} />
        {snapshot.status === 'failed' && snapshot.failureReason ? (
          <p className="failure">{snapshot.failureReason}</p>
        ) : null}
      </td>
      <td>
        <SeverityCounts counts={snapshot.counts} />
      </td>
      <td>{snapshot.kubernetesVersion ?? <span className="muted">—</span>}</td>
      <td className="number">{snapshot.objectCount ?? '—'}</td>
      <td>
        <Timestamp iso={snapshot.receivedAt} />
      </td>
    </tr>
  );
}

export default async function ClusterPage({ params, searchParams }: ClusterPageProps) {
  const name = decodeParam((await params).name);
  const cursor = firstParam((await searchParams).cursor);
  const pathname = `/clusters/${encodeURIComponent(name)}`;
  const loaded = await loadOrProblem(() =>
    listClusterSnapshots(name, { limit: PAGE_SIZE, cursor }),
  );
  const inProgress = loaded.ok && loaded.data.items.some((snapshot) => !isSettled(snapshot.status));
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/">Clusters</Link> / <span aria-current="page">{name}</span>
      </nav>
      <h1>
        Cluster <span className="name">{name}</span>
      </h1>
      {!loaded.ok ? (
        <ProblemNotice problem={loaded.problem} />
      ) : (
        <>
          {inProgress ? <AutoRefresh message="Some snapshots are still being analyzed." /> : null}
          {loaded.data.items.length === 0 ? (
            <p className="empty">This cluster has no snapshots yet.</p>
          ) : (
            <div className="table-scroll">
              <table>
                <caption>Snapshots, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Collected</th>
                    <th scope="col">Status</th>
                    <th scope="col">Findings</th>
                    <th scope="col">Kubernetes</th>
                    <th scope="col" className="number">
                      Objects
                    </th>
                    <th scope="col">Received</th>
                  </tr>
                </thead>
                <tbody>
                  {loaded.data.items.map((snapshot) => (
                    <SnapshotRow key={snapshot.id} snapshot={snapshot} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager
            pathname={pathname}
            query={{}}
            cursor={cursor}
            nextCursor={loaded.data.nextCursor}
          />
        </>
      )}
    </>
  );
}
