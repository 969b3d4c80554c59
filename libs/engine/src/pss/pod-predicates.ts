import type { PodSpec } from '../model/kube';

/** `spec.os.name == windows`: exempts a pod from some restricted checks from v1.25. */
export function isWindowsPod(spec: PodSpec): boolean {
  return spec.os?.name === 'windows';
}

/** `spec.hostUsers == false`: PSA's `relaxPolicyForUserNamespacePod`, versioned from v1.35. */
export function isUserNamespacePod(spec: PodSpec): boolean {
  return spec.hostUsers === false;
}
