import Link from 'next/link';
import { clusterHref } from '../../format/cluster-href';

/** The empty state of a cluster page before any snapshot of the cluster is analyzed. */
export function NoSnapshot({ cluster }: { cluster: string }) {
  return (
    <section className="notice notice-info">
      <h2>No analyzed snapshot yet</h2>
      <p>
        Cluster <span className="name">{cluster}</span> has no analyzed snapshot. Upload one (
        <code>npx kordon upload examples/demo-cluster.ndjson --cluster {cluster} --wait</code>) or
        deploy the collector; analysis takes a few seconds. Its snapshots are listed on the{' '}
        <Link href={clusterHref(cluster)}>cluster page</Link>.
      </p>
    </section>
  );
}
