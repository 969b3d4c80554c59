import Link from 'next/link';
import { clusterHref, clusterPageHref, snapshotHref } from '../../format/cluster-href';
import type { SnapshotListItem } from '../../server/api-types';
import { Timestamp } from '../Timestamp';
import './cluster-pages.css';

const PAGES = [
  { page: 'network', label: 'Network' },
  { page: 'issues', label: 'Issues' },
  { page: 'namespaces', label: 'Namespaces' },
  { page: 'diff', label: 'Changes' },
] as const;

/** Breadcrumb, heading, the cluster's pages and which snapshot the page shows. */
export function ClusterPageHeader({
  cluster,
  title,
  current,
  snapshot,
  trail = [],
}: {
  cluster: string;
  title: string;
  current: (typeof PAGES)[number]['page'] | null;
  snapshot?: SnapshotListItem | null;
  trail?: { label: string; href?: string }[];
}) {
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/">Clusters</Link> / <Link href={clusterHref(cluster)}>{cluster}</Link>
        {trail.map((step) => (
          <span key={step.label}>
            {' / '}
            {step.href ? <Link href={step.href}>{step.label}</Link> : step.label}
          </span>
        ))}
        {' / '}
        <span aria-current="page">{title}</span>
      </nav>
      <h1>
        {title} <span className="muted">·</span> <span className="name">{cluster}</span>
      </h1>
      <nav aria-label="Cluster pages">
        <ul className="filter">
          {PAGES.map((entry) => (
            <li key={entry.page}>
              <Link
                href={clusterPageHref(cluster, entry.page)}
                aria-current={entry.page === current ? 'page' : undefined}
              >
                {entry.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
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
