import Link from 'next/link';
import type { ReactNode } from 'react';
import { ClusterNav } from '../../../components/shell/ClusterNav';
import { StaleNotice } from '../../../components/StaleNotice';
import { decodeParam } from '../../../format/href';
import { getCluster } from '../../../server/api-client';
import { loadOrProblem } from '../../../server/load-or-problem';

/**
 * Every page of one cluster: the breadcrumb, the cluster's navigation (Posture, Network,
 * Issues, Namespaces) and the stale-data notice. Pages below render their own h1.
 * An unknown cluster (or one the user may not see) is the not-found page.
 */
export default async function ClusterLayout({
  params,
  children,
}: {
  params: Promise<{ name: string }>;
  children: ReactNode;
}) {
  const name = decodeParam((await params).name);
  const loaded = await loadOrProblem(() => getCluster(name));
  const latest = loaded.ok ? loaded.data.latestSnapshot : null;
  return (
    <>
      <div className="cluster-head">
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <Link href="/">Overview</Link> / <span className="name">{name}</span>
        </nav>
        <ClusterNav name={name} />
      </div>
      {latest ? <StaleNotice cluster={name} collectedAt={latest.collectedAt} /> : null}
      {children}
    </>
  );
}
