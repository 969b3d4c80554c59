/**
 * The pod annotations Pod Security Admission reads (AppArmor and the pre-1.19
 * seccomp annotations). Everything else in a pod's annotations is per-pod noise
 * (CNI IPs, restart stamps) as far as security context goes.
 */
const PREFIXES = [
  'container.apparmor.security.beta.kubernetes.io/',
  'container.seccomp.security.alpha.kubernetes.io/',
];
const EXACT = new Set(['seccomp.security.alpha.kubernetes.io/pod']);

export function securityAnnotations(
  annotations: Record<string, string> | undefined,
): Record<string, string> | undefined {
  if (!annotations) return undefined;
  let out: Record<string, string> | undefined;
  for (const key in annotations) {
    if (EXACT.has(key) || PREFIXES.some((p) => key.startsWith(p))) {
      (out ??= {})[key] = annotations[key] as string;
    }
  }
  return out;
}
