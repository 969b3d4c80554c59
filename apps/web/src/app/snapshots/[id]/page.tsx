import type { Metadata } from 'next';
import Link from 'next/link';
import { AutoRefresh } from '../../../components/AutoRefresh';
import { FindingsTable } from '../../../components/FindingsTable';
import { Pager } from '../../../components/Pager';
import { ProblemNotice } from '../../../components/ProblemNotice';
import { SeverityFilter } from '../../../components/SeverityFilter';
import { SnapshotSummary } from '../../../components/SnapshotSummary';
import { decodeParam, firstParam } from '../../../format/href';
import { getSnapshot, listSnapshotFindings } from '../../../server/api-client';
import {
  isSeverity,
  isSettled,
  type Severity,
  type SnapshotDetail,
} from '../../../server/api-types';
import { loadOrProblem } from '../../../server/load-or-problem';

export const dynamic = 'force-dynamic';

const PAGE_SIZE = 100;

interface SnapshotPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const metadata: Metadata = { title: 'Snapshot' };

async function Findings({
  snapshot,
  severity,
  cursor,
}: {
  snapshot: SnapshotDetail;
  severity: Severity | null;
  cursor: string | null;
}) {
  const pathname = `/snapshots/${encodeURIComponent(snapshot.id)}`;
  const loaded = await loadOrProblem(() =>
    listSnapshotFindings(snapshot.id, { limit: PAGE_SIZE, cursor, severity }),
  );
  return (
    <section aria-labelledby="findings-heading">
      <h2 id="findings-heading">Findings</h2>
      <SeverityFilter pathname={pathname} selected={severity} counts={snapshot.counts} />
      {!loaded.ok ? (
        <ProblemNotice problem={loaded.problem} />
      ) : loaded.data.items.length === 0 ? (
        <p className="empty">
          {severity ? `No ${severity} findings in this snapshot.` : 'No findings in this snapshot.'}
        </p>
      ) : (
        <FindingsTable
          findings={loaded.data.items}
          caption={`${severity ? `${severity[0]?.toUpperCase()}${severity.slice(1)} findings` : 'All findings'}${
            cursor ? ' (continued)' : ''
          }`}
        />
      )}
      {loaded.ok ? (
        <Pager
          pathname={pathname}
          query={{ severity }}
          cursor={cursor}
          nextCursor={loaded.data.nextCursor}
        />
      ) : null}
    </section>
  );
}

export default async function SnapshotPage({ params, searchParams }: SnapshotPageProps) {
  const id = decodeParam((await params).id);
  const query = await searchParams;
  const severityParam = firstParam(query.severity);
  const severity = isSeverity(severityParam) ? severityParam : null;
  const cursor = firstParam(query.cursor);
  const loaded = await loadOrProblem(() => getSnapshot(id));
  if (!loaded.ok) {
    return (
      <>
        <h1>Snapshot</h1>
        <ProblemNotice problem={loaded.problem} />
      </>
    );
  }
  const snapshot = loaded.data;
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/">Overview</Link> /{' '}
        <Link href={`/clusters/${encodeURIComponent(snapshot.clusterName)}`}>
          {snapshot.clusterName}
        </Link>{' '}
        / <span aria-current="page">Snapshot</span>
      </nav>
      <h1>
        Snapshot of <span className="name">{snapshot.clusterName}</span>
      </h1>
      <p className="muted">
        Snapshot id <code>{snapshot.id}</code>
      </p>
      {isSettled(snapshot.status) ? null : (
        <AutoRefresh
          message={`This snapshot is ${snapshot.status}; findings appear when the analysis is done.`}
        />
      )}
      <SnapshotSummary snapshot={snapshot} />
      {snapshot.status === 'done' ? (
        <Findings snapshot={snapshot} severity={severity} cursor={cursor} />
      ) : null}
    </>
  );
}
