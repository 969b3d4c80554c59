/** The pages of one cluster, in the order the cluster navigation lists them. */
export const CLUSTER_SECTIONS = [
  { segment: '', label: 'Posture' },
  { segment: 'network', label: 'Network' },
  { segment: 'issues', label: 'Issues' },
  { segment: 'namespaces', label: 'Namespaces' },
] as const;

export type ClusterSection = (typeof CLUSTER_SECTIONS)[number]['segment'];

export function clusterHref(name: string, segment: string = ''): string {
  const base = `/clusters/${encodeURIComponent(name)}`;
  return segment ? `${base}/${segment}` : base;
}

/** The section of `/clusters/{name}/{section}/…` (workloads and diff belong to none: ''). */
export function sectionOf(pathname: string): ClusterSection {
  const segment = pathname.split('/')[3] ?? '';
  const found = CLUSTER_SECTIONS.find((section) => section.segment === segment);
  return found ? found.segment : '';
}
