import { COLLECTED_RESOURCES, CONFIG_MAP_RESOURCE, type KubeResource } from '@kordon/contracts';

/** Everything the test server knows: what Kordon collects, plus ConfigMaps and Secrets (never listed by it). */
export const SERVED_RESOURCES: readonly KubeResource[] = [
  ...COLLECTED_RESOURCES,
  CONFIG_MAP_RESOURCE,
  { kind: 'Secret', group: '', version: 'v1', plural: 'secrets', namespaced: true },
];

const VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'];

export const KUBERNETES_VERSION = {
  major: '1',
  minor: '31',
  gitVersion: 'v1.31.4',
  gitCommit: 'a78aa47129b8539636eb86a9d00e31b2720fe06b',
  gitTreeState: 'clean',
  buildDate: '2024-12-10T18:43:15Z',
  goVersion: 'go1.22.10',
  compiler: 'gc',
  platform: 'linux/amd64',
};

function groups(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of SERVED_RESOURCES) {
    if (r.group === '') continue;
    const versions = out.get(r.group) ?? new Set<string>();
    versions.add(r.version);
    out.set(r.group, versions);
  }
  return out;
}

/** `GET /api`: the core group's versions. */
export function apiVersions(serverAddress: string): object {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
  };
}

/** `GET /apis`: the groups and their versions. */
export function apiGroupList(): object {
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: [...groups()].map(([name, versions]) => {
      const list = [...versions].map((v) => ({ groupVersion: `${name}/${v}`, version: v }));
      return { name, versions: list, preferredVersion: list[0] };
    }),
  };
}

/** `GET /api/v1` or `/apis/{group}/{version}`: its resources, or null when unknown. */
export function apiResourceList(group: string, version: string): object | null {
  const resources = SERVED_RESOURCES.filter((r) => r.group === group && r.version === version);
  if (resources.length === 0) return null;
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: group === '' ? version : `${group}/${version}`,
    resources: resources.map((r) => ({
      name: r.plural,
      singularName: r.kind.toLowerCase(),
      namespaced: r.namespaced,
      kind: r.kind,
      verbs: VERBS,
    })),
  };
}

/** The resource at `/api/v1/…/{plural}` or `/apis/{group}/{version}/…/{plural}`. */
export function resourceFor(group: string, version: string, plural: string): KubeResource | null {
  return (
    SERVED_RESOURCES.find(
      (r) => r.group === group && r.version === version && r.plural === plural,
    ) ?? null
  );
}
