import type { KubeObject } from '../model/kube';

/**
 * The only ConfigMap settings Kordon reads, key by key: each decides whether
 * NetworkPolicy is enforced. Everything else in a ConfigMap is never collected,
 * stored or read.
 */
export const CNI_SETTING_KEYS = [
  { namespace: 'kube-system', name: 'cilium-config', key: 'enable-policy' },
  { namespace: 'kube-system', name: 'amazon-vpc-cni', key: 'enable-network-policy-controller' },
] as const;

/** One setting as read: `kube-system/cilium-config` `enable-policy` = `never`. */
export interface CniSetting {
  namespace: string;
  name: string;
  key: string;
  value: string;
}

/** The key Kordon reads from this ConfigMap, or null when it reads none. */
export function cniSettingKey(namespace: string, name: string): string | null {
  const found = CNI_SETTING_KEYS.find((s) => s.namespace === namespace && s.name === name);
  return found ? found.key : null;
}

/** The setting a ConfigMap object carries, if it is one of `CNI_SETTING_KEYS` and sets its key. */
export function cniSettingOf(object: KubeObject): CniSetting | null {
  if (object.kind !== 'ConfigMap') return null;
  const namespace = object.metadata?.namespace ?? '';
  const name = object.metadata?.name ?? '';
  const key = cniSettingKey(namespace, name);
  const data = (object as { data?: unknown }).data;
  if (key === null || typeof data !== 'object' || data === null) return null;
  const value = (data as Record<string, unknown>)[key];
  return typeof value === 'string' ? { namespace, name, key, value: value.trim() } : null;
}
