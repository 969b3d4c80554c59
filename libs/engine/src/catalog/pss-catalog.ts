import type { CheckDefinition } from './check-definition';
import type { PssLevel, Severity } from '../model/vocabulary';

const DOCS = 'https://kubernetes.io/docs/concepts/security/pod-security-standards/';

type Level = Exclude<PssLevel, 'privileged'>;

function pss(
  level: Level,
  upstreamId: string,
  slug: string,
  severity: Severity,
  title: string,
  remediation: string,
): CheckDefinition {
  return {
    id: `pss.${level}.${slug}`,
    family: 'pss',
    title,
    severity,
    remediation,
    docsUrl: `${DOCS}#${level}`,
    pssLevel: level,
    upstreamId,
  };
}

/** The Pod Security Standards as checks: one per upstream Pod Security Admission check id. */
export const PSS_CHECKS: readonly CheckDefinition[] = [
  pss(
    'baseline',
    'hostNamespaces',
    'host-namespaces',
    'critical',
    'Shares a host namespace',
    'Remove spec.hostNetwork, spec.hostPID and spec.hostIPC (or set them to false).',
  ),
  pss(
    'baseline',
    'privileged',
    'privileged',
    'critical',
    'Runs a privileged container',
    'Remove securityContext.privileged or set it to false; grant only the specific capabilities needed.',
  ),
  pss(
    'baseline',
    'windowsHostProcess',
    'windows-host-process',
    'critical',
    'Runs a Windows HostProcess container',
    'Remove securityContext.windowsOptions.hostProcess (pod and containers) or set it to false.',
  ),
  pss(
    'baseline',
    'capabilities_baseline',
    'capabilities',
    'high',
    'Adds capabilities beyond the default set',
    'Add only capabilities from the default set (AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT).',
  ),
  pss(
    'baseline',
    'hostPathVolumes',
    'host-path-volumes',
    'high',
    'Mounts a hostPath volume',
    'Replace hostPath volumes with persistentVolumeClaim, emptyDir, configMap, secret or projected volumes.',
  ),
  pss(
    'baseline',
    'hostPorts',
    'host-ports',
    'high',
    'Binds a host port',
    'Remove ports[].hostPort (or set it to 0) and expose the container through a Service.',
  ),
  pss(
    'baseline',
    'appArmorProfile',
    'app-armor-profile',
    'medium',
    'Disables AppArmor',
    'Set appArmorProfile.type to RuntimeDefault or Localhost (or the annotation to runtime/default or localhost/<profile>), never Unconfined.',
  ),
  pss(
    'baseline',
    'seLinuxOptions',
    'se-linux-options',
    'medium',
    'Sets a custom SELinux user, role or type',
    'Leave seLinuxOptions.user and .role unset and use type container_t, container_init_t, container_kvm_t or container_engine_t.',
  ),
  pss(
    'baseline',
    'procMount',
    'proc-mount',
    'medium',
    'Unmasks /proc',
    'Remove securityContext.procMount or set it to Default (Unmasked is allowed at baseline only for hostUsers: false pods, from v1.35).',
  ),
  pss(
    'baseline',
    'seccompProfile_baseline',
    'seccomp-profile',
    'medium',
    'Disables seccomp',
    'Set seccompProfile.type to RuntimeDefault or Localhost, never Unconfined (pod and containers).',
  ),
  pss(
    'baseline',
    'sysctls',
    'sysctls',
    'medium',
    'Sets an unsafe sysctl',
    'Set only the safe, namespaced sysctls listed by the Pod Security Standards for the policy version.',
  ),
  pss(
    'baseline',
    'hostProbesAndHostLifecycle',
    'host-probes-and-host-lifecycle',
    'medium',
    'Probes or lifecycle hooks target another host',
    'Remove the host field from httpGet and tcpSocket probes and lifecycle handlers; they then target the pod.',
  ),
  pss(
    'restricted',
    'restrictedVolumes',
    'restricted-volumes',
    'medium',
    'Uses a volume type outside the restricted set',
    'Use only configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected or secret volumes.',
  ),
  pss(
    'restricted',
    'allowPrivilegeEscalation',
    'allow-privilege-escalation',
    'medium',
    'Allows privilege escalation',
    'Set securityContext.allowPrivilegeEscalation: false on every container.',
  ),
  pss(
    'restricted',
    'runAsNonRoot',
    'run-as-non-root',
    'medium',
    'May run as root',
    'Set securityContext.runAsNonRoot: true at pod level (and never false on a container) and run an image with a non-root USER.',
  ),
  pss(
    'restricted',
    'runAsUser',
    'run-as-user',
    'high',
    'Runs as user 0 (root)',
    'Remove runAsUser: 0 at pod and container level; use a non-zero UID.',
  ),
  pss(
    'restricted',
    'seccompProfile_restricted',
    'seccomp-profile',
    'low',
    'Does not set a seccomp profile',
    'Set spec.securityContext.seccompProfile.type: RuntimeDefault (or Localhost), or set it on every container.',
  ),
  pss(
    'restricted',
    'capabilities_restricted',
    'capabilities',
    'medium',
    'Does not drop ALL capabilities',
    'Set securityContext.capabilities.drop: ["ALL"] on every container and add back at most NET_BIND_SERVICE.',
  ),
  pss(
    'restricted',
    'procMount_restricted',
    'proc-mount',
    'medium',
    'Unmasks /proc',
    'Remove securityContext.procMount or set it to Default; restricted allows no exception.',
  ),
];

const BY_UPSTREAM_ID: ReadonlyMap<string, CheckDefinition> = new Map(
  PSS_CHECKS.map((c) => [c.upstreamId ?? '', c]),
);

/** The catalog entry of an upstream Pod Security Admission check id (`runAsNonRoot`). */
export function pssCheckDefinition(upstreamId: string): CheckDefinition {
  const definition = BY_UPSTREAM_ID.get(upstreamId);
  if (!definition) throw new Error(`unknown PSS check ${upstreamId}`);
  return definition;
}
