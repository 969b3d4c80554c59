/** A Kubernetes API resource Kordon collects: where it is listed and what its items are. */
export interface KubeResource {
  kind: string;
  /** `''` for the core group (`/api/v1`). */
  group: string;
  version: string;
  plural: string;
  namespaced: boolean;
}

/** `v1` for the core group, else `group/version`: the apiVersion of the resource's objects. */
export function apiVersionOf(resource: Pick<KubeResource, 'group' | 'version'>): string {
  return resource.group === '' ? resource.version : `${resource.group}/${resource.version}`;
}

/** `/api/v1` or `/apis/apps/v1`. */
export function groupVersionPath(resource: Pick<KubeResource, 'group' | 'version'>): string {
  return resource.group === ''
    ? `/api/${resource.version}`
    : `/apis/${resource.group}/${resource.version}`;
}

/**
 * What `kordon collect` lists, across all namespaces (DESIGN §2): every snapshot
 * kind but ConfigMap, which is read by name, key by key (`CNI_SETTING_KEYS`).
 * Secrets are never listed.
 */
export const COLLECTED_RESOURCES: readonly KubeResource[] = [
  { kind: 'Namespace', group: '', version: 'v1', plural: 'namespaces', namespaced: false },
  { kind: 'Node', group: '', version: 'v1', plural: 'nodes', namespaced: false },
  {
    kind: 'CustomResourceDefinition',
    group: 'apiextensions.k8s.io',
    version: 'v1',
    plural: 'customresourcedefinitions',
    namespaced: false,
  },
  { kind: 'ServiceAccount', group: '', version: 'v1', plural: 'serviceaccounts', namespaced: true },
  { kind: 'Service', group: '', version: 'v1', plural: 'services', namespaced: true },
  {
    kind: 'Ingress',
    group: 'networking.k8s.io',
    version: 'v1',
    plural: 'ingresses',
    namespaced: true,
  },
  {
    kind: 'NetworkPolicy',
    group: 'networking.k8s.io',
    version: 'v1',
    plural: 'networkpolicies',
    namespaced: true,
  },
  { kind: 'Deployment', group: 'apps', version: 'v1', plural: 'deployments', namespaced: true },
  { kind: 'StatefulSet', group: 'apps', version: 'v1', plural: 'statefulsets', namespaced: true },
  { kind: 'DaemonSet', group: 'apps', version: 'v1', plural: 'daemonsets', namespaced: true },
  { kind: 'ReplicaSet', group: 'apps', version: 'v1', plural: 'replicasets', namespaced: true },
  {
    kind: 'ReplicationController',
    group: '',
    version: 'v1',
    plural: 'replicationcontrollers',
    namespaced: true,
  },
  { kind: 'CronJob', group: 'batch', version: 'v1', plural: 'cronjobs', namespaced: true },
  { kind: 'Job', group: 'batch', version: 'v1', plural: 'jobs', namespaced: true },
  { kind: 'Pod', group: '', version: 'v1', plural: 'pods', namespaced: true },
];

/** ConfigMaps: never listed, only the two of `CNI_SETTING_KEYS` read by name. */
export const CONFIG_MAP_RESOURCE: KubeResource = {
  kind: 'ConfigMap',
  group: '',
  version: 'v1',
  plural: 'configmaps',
  namespaced: true,
};
