import type { PodShape } from '../model/kube';

const SA_TOKEN_VOLUME = /^kube-api-access-[a-z0-9]{5}$/;

/**
 * A key under which pods with the same security-relevant spec collapse: the
 * JSON of the pod shape without per-pod noise (node name, hostname, the random
 * suffix of the service-account token volume). V8 hashes the string natively,
 * so using it as a Map key is the cheapest exact dedupe.
 */
export function podSpecKey(pod: PodShape): string {
  const spec = pod.spec;
  if (!spec) return JSON.stringify({ a: pod.metadata?.annotations ?? null });
  const { nodeName: _n, hostname: _h, subdomain: _s, ...rest } = spec;
  return JSON.stringify({ a: pod.metadata?.annotations ?? null, s: rest }, (key, value: unknown) => {
    if ((key === 'name' || key === 'mountPath') && typeof value === 'string' && SA_TOKEN_VOLUME.test(value)) {
      return 'kube-api-access';
    }
    return value;
  });
}
