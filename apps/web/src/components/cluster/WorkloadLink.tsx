import Link from 'next/link';
import { workloadHref } from '../../format/cluster-href';

/** A workload id (`namespace/Kind/name`) linking to its page. */
export function WorkloadLink({ cluster, id }: { cluster: string; id: string }) {
  const href = workloadHref(cluster, id);
  return href ? (
    <Link href={href} className="name">
      {id}
    </Link>
  ) : (
    <span className="name">{id}</span>
  );
}
