import type {
  AppArmorProfile,
  Container,
  PodSecurityContext,
  PodShape,
  SELinuxOptions,
  SeccompProfile,
  SecurityContext,
} from '../model/kube';

export type ContextSource = 'container' | 'pod' | 'unset';

/** A value with where it came from; `unset` means the runtime or image decides (unknown here). */
export interface Sourced<T> {
  value: T | null;
  source: ContextSource;
}

export type EffectiveContainerType = 'initContainer' | 'container' | 'ephemeralContainer';

/** What applies to one container at runtime: its own securityContext over the pod's. */
export interface EffectiveContainerContext {
  name: string;
  type: EffectiveContainerType;
  image: string | null;
  privileged: Sourced<boolean>;
  allowPrivilegeEscalation: Sourced<boolean>;
  runAsNonRoot: Sourced<boolean>;
  runAsUser: Sourced<number>;
  runAsGroup: Sourced<number>;
  readOnlyRootFilesystem: Sourced<boolean>;
  seccompProfile: Sourced<SeccompProfile>;
  appArmorProfile: Sourced<AppArmorProfile>;
  seLinuxOptions: Sourced<SELinuxOptions>;
  capabilities: { add: Sourced<string[]>; drop: Sourced<string[]> };
  procMount: Sourced<string>;
}

/** Pod-only settings, reported once per pod. */
export interface EffectivePodContext {
  hostNetwork: boolean;
  hostPID: boolean;
  hostIPC: boolean;
  /** `null` when unset (the default: host user namespace). */
  hostUsers: boolean | null;
  fsGroup: number | null;
  supplementalGroups: number[];
  sysctls: { name: string; value: string }[];
}

function present<T>(value: T | null | undefined): value is T {
  return value !== undefined && value !== null;
}

function containerOnly<T>(value: T | null | undefined): Sourced<T> {
  return present(value) ? { value, source: 'container' } : { value: null, source: 'unset' };
}

/** Container value over pod value; `unset` when neither sets it. */
function inherited<T>(own: T | null | undefined, pod: T | null | undefined): Sourced<T> {
  if (present(own)) return { value: own, source: 'container' };
  if (present(pod)) return { value: pod, source: 'pod' };
  return { value: null, source: 'unset' };
}

function effectiveOf(
  c: Container,
  type: EffectiveContainerType,
  pod: PodSecurityContext,
): EffectiveContainerContext {
  const sc: SecurityContext = c.securityContext ?? {};
  return {
    name: c.name ?? '',
    type,
    image: c.image ?? null,
    privileged: containerOnly(sc.privileged),
    allowPrivilegeEscalation: containerOnly(sc.allowPrivilegeEscalation),
    runAsNonRoot: inherited(sc.runAsNonRoot, pod.runAsNonRoot),
    runAsUser: inherited(sc.runAsUser, pod.runAsUser),
    runAsGroup: inherited(sc.runAsGroup, pod.runAsGroup),
    readOnlyRootFilesystem: containerOnly(sc.readOnlyRootFilesystem),
    seccompProfile: inherited(sc.seccompProfile, pod.seccompProfile),
    appArmorProfile: inherited(sc.appArmorProfile, pod.appArmorProfile),
    seLinuxOptions: inherited(sc.seLinuxOptions, pod.seLinuxOptions),
    capabilities: {
      add: containerOnly(sc.capabilities?.add),
      drop: containerOnly(sc.capabilities?.drop),
    },
    procMount: containerOnly(sc.procMount),
  };
}

/**
 * Each container's effective security context (init, regular, ephemeral), as
 * the kubelet applies it: the container's own value, else the pod's, else unset.
 * This is for reading a workload, not for PSS verdicts (PSA judges fields where
 * they stand).
 */
export function effectiveSecurityContexts(pod: PodShape): EffectiveContainerContext[] {
  const spec = pod.spec ?? {};
  const podSc = spec.securityContext ?? {};
  const out: EffectiveContainerContext[] = [];
  for (const c of spec.initContainers ?? []) out.push(effectiveOf(c, 'initContainer', podSc));
  for (const c of spec.containers ?? []) out.push(effectiveOf(c, 'container', podSc));
  for (const c of spec.ephemeralContainers ?? [])
    out.push(effectiveOf(c, 'ephemeralContainer', podSc));
  return out;
}

/** The pod-level settings no container can override. */
export function effectivePodContext(pod: PodShape): EffectivePodContext {
  const spec = pod.spec ?? {};
  const sc = spec.securityContext ?? {};
  return {
    hostNetwork: spec.hostNetwork === true,
    hostPID: spec.hostPID === true,
    hostIPC: spec.hostIPC === true,
    hostUsers: present(spec.hostUsers) ? spec.hostUsers : null,
    fsGroup: present(sc.fsGroup) ? sc.fsGroup : null,
    supplementalGroups: sc.supplementalGroups ?? [],
    sysctls: (sc.sysctls ?? []).map((s) => ({ name: s.name ?? '', value: s.value ?? '' })),
  };
}
