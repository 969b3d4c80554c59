import type { ReactNode } from 'react';
import { CurrentCluster } from '../../../components/shell/current-cluster';
import { decodeParam } from '../../../format/href';
import { getSnapshot } from '../../../server/api-client';
import { loadOrProblem } from '../../../server/load-or-problem';

/**
 * Outside the page's loading boundary, so an unknown snapshot (or one the user may not see)
 * is the not-found page with HTTP 404, not a streamed 200. Also tells the header's cluster
 * switcher which cluster the snapshot belongs to. The page reads the same (cached) snapshot.
 */
export default async function SnapshotLayout({
  params,
  children,
}: {
  params: Promise<{ id: string }>;
  children: ReactNode;
}) {
  const id = decodeParam((await params).id);
  const loaded = await loadOrProblem(() => getSnapshot(id));
  return (
    <>
      {loaded.ok ? <CurrentCluster name={loaded.data.clusterName} /> : null}
      {children}
    </>
  );
}
