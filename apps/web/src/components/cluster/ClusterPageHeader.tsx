import Link from 'next/link';
import { snapshotHref } from '../../format/cluster-href';
import type { SnapshotListItem } from '../../server/api-types';
import { Timestamp } from '../Timestamp';
import './cluster-pages.css';

/**
 * The heading of a cluster page below the cluster layout's breadcrumb and navigation, and
 * which snapshot the page shows (the newest analyzed one unless `?snapshot=` chose another).
 */
export function ClusterPageHeader({
  cluster,
  title,
  snapshot,
}: {
  cluster: string;
  title: string;
  snapshot?: SnapshotListItem | null;
}) {
  return (
    <>
      <h1>
        {title} <span className="muted">·</span> <span className="name">{cluster}</span>
      </h1>
      {snapshot ? (
        <p className="muted snapshot-line">
          As of the snapshot collected{' '}
          <Link href={snapshotHref(snapshot.id)}>
            <Timestamp iso={snapshot.collectedAt ?? snapshot.receivedAt} />
          </Link>
          .
        </p>
      ) : null}
    </>
  );
}
