import type { PodShape } from '../model/kube';

const SA_TOKEN_VOLUME_VALUE = /"kube-api-access-[a-z0-9]{5}"/g;

/**
 * A key under which pods with the same security-relevant spec collapse: the
 * JSON of the pod shape without per-pod noise (node name, hostname, the random
 * suffix of the service-account token volume). V8 hashes the string natively,
 * so using it as a Map key is the cheapest exact dedupe by string. Stringified
 * without a replacer (the native fast path); the token volume's suffix is then
 * replaced in the text, only when present.
 */
export function podSpecKey(pod: PodShape): string {
  const spec = pod.spec;
  if (!spec) return JSON.stringify({ a: pod.metadata?.annotations ?? null });
  const { nodeName: _n, hostname: _h, subdomain: _s, ...rest } = spec;
  const text = JSON.stringify({ a: pod.metadata?.annotations ?? null, s: rest });
  return text.includes('"kube-api-access-')
    ? text.replace(SA_TOKEN_VOLUME_VALUE, '"kube-api-access"')
    : text;
}
