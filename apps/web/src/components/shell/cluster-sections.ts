import { clusterHref, clusterPageHref } from '../../format/cluster-href';

/** The pages of one cluster, in the order the cluster navigation lists them. */
export const CLUSTER_SECTIONS = [
  { segment: '', label: 'Posture' },
  { segment: 'network', label: 'Network' },
  { segment: 'issues', label: 'Issues' },
  { segment: 'namespaces', label: 'Namespaces' },
  { segment: 'diff', label: 'Changes' },
] as const;

export type ClusterSection = (typeof CLUSTER_SECTIONS)[number]['segment'];

export function sectionHref(name: string, segment: ClusterSection): string {
  return segment ? clusterPageHref(name, segment) : clusterHref(name);
}

/** The section of `/clusters/{name}/{section}/…` (a workload page belongs to none: ''). */
export function sectionOf(pathname: string): ClusterSection {
  const segment = pathname.split('/')[3] ?? '';
  const found = CLUSTER_SECTIONS.find((section) => section.segment === segment);
  return found ? found.segment : '';
}
