'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { CLUSTER_SECTIONS, sectionHref } from './cluster-sections';

/** The pages of one cluster as tabs: Posture, Network, Issues, Namespaces. */
export function ClusterNav({ name }: { name: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={`Cluster ${name}`} className="cluster-nav">
      <ul>
        {CLUSTER_SECTIONS.map((section) => {
          const href = sectionHref(name, section.segment);
          return (
            <li key={section.segment}>
              <Link href={href} aria-current={pathname === href ? 'page' : undefined}>
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
