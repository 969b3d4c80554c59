'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { sectionHref, sectionOf } from './cluster-sections';
import { useCurrentCluster } from './current-cluster';

/**
 * Jumps to another cluster, staying on the same kind of page (a cluster's issues → the
 * other cluster's issues). A disclosure of links: keyboard and screen readers need nothing more.
 */
export function ClusterSwitcher({ clusters }: { clusters: string[] }) {
  const pathname = usePathname();
  const [, first, current] = pathname.split('/');
  const pageCluster = useCurrentCluster(); // a snapshot's cluster
  const currentName = first === 'clusters' && current ? decodeURIComponent(current) : pageCluster;
  const section = sectionOf(pathname);
  if (clusters.length === 0) return null;
  return (
    <details className="cluster-switcher">
      <summary>
        <span className="muted">Cluster:</span> {currentName ?? 'choose…'}
      </summary>
      <ul aria-label="Clusters">
        {clusters.map((name) => (
          <li key={name}>
            <Link
              href={sectionHref(name, section)}
              aria-current={name === currentName ? 'page' : undefined}
            >
              {name}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
