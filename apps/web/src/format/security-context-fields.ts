import type { EffectiveContainer, PssVerdict } from '../server/read-model-types';

/**
 * The security-context fields the workload page compares, with what each Pod Security
 * level requires of them (kubernetes.io/docs/concepts/security/pod-security-standards).
 */
export interface SecurityContextField {
  /** Path under `securityContext`: `privileged`, `capabilities.add`, `seccompProfile`. */
  key: string;
  read(container: EffectiveContainer): { value: unknown; source: 'container' | 'pod' | 'unset' };
  baseline: string;
  restricted: string;
}

const ANY = 'anything';

export const SECURITY_CONTEXT_FIELDS: readonly SecurityContextField[] = [
  {
    key: 'privileged',
    read: (c) => c.privileged,
    baseline: 'false or unset',
    restricted: 'false or unset',
  },
  {
    key: 'allowPrivilegeEscalation',
    read: (c) => c.allowPrivilegeEscalation,
    baseline: ANY,
    restricted: 'false',
  },
  {
    key: 'runAsNonRoot',
    read: (c) => c.runAsNonRoot,
    baseline: ANY,
    restricted: 'true (on the pod or the container)',
  },
  { key: 'runAsUser', read: (c) => c.runAsUser, baseline: ANY, restricted: 'not 0, or unset' },
  { key: 'runAsGroup', read: (c) => c.runAsGroup, baseline: ANY, restricted: ANY },
  {
    key: 'readOnlyRootFilesystem',
    read: (c) => c.readOnlyRootFilesystem,
    baseline: ANY,
    restricted: ANY,
  },
  {
    key: 'seccompProfile',
    read: (c) => c.seccompProfile,
    baseline: 'not Unconfined',
    restricted: 'RuntimeDefault or Localhost',
  },
  {
    key: 'appArmorProfile',
    read: (c) => c.appArmorProfile,
    baseline: 'RuntimeDefault, Localhost or unset',
    restricted: 'RuntimeDefault, Localhost or unset',
  },
  {
    key: 'seLinuxOptions',
    read: (c) => c.seLinuxOptions,
    baseline: 'no user or role; type container_t, container_init_t, container_kvm_t or unset',
    restricted: 'no user or role; type container_t, container_init_t, container_kvm_t or unset',
  },
  {
    key: 'capabilities.add',
    read: (c) => c.capabilities.add,
    baseline:
      'only the default set (AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT)',
    restricted: 'only NET_BIND_SERVICE',
  },
  {
    key: 'capabilities.drop',
    read: (c) => c.capabilities.drop,
    baseline: ANY,
    restricted: 'includes ALL',
  },
  {
    key: 'procMount',
    read: (c) => c.procMount,
    baseline: 'Default or unset',
    restricted: 'Default or unset',
  },
];

export interface FieldViolation {
  level: 'baseline' | 'restricted';
  check: string;
  reason: string;
  path: string;
  observed: unknown;
  expected: string;
}

/** Whether a violation's field path names `key` of this container's (or the pod's) securityContext. */
function namesField(path: string, key: string): boolean {
  const marker = `.securityContext.${key}`;
  const at = path.indexOf(marker);
  if (at < 0) return false;
  const rest = path.slice(at + marker.length);
  return rest === '' || rest.startsWith('.') || rest.startsWith('[');
}

function isPodSecurityContext(path: string): boolean {
  return path.startsWith('spec.securityContext.');
}

/** The violations of both levels that name `field` of `container` (or the pod-level field it inherits). */
export function fieldViolations(
  container: string,
  key: string,
  verdicts: { baseline: PssVerdict; restricted: PssVerdict },
): FieldViolation[] {
  const out: FieldViolation[] = [];
  const seen = new Set<string>();
  for (const level of ['baseline', 'restricted'] as const) {
    for (const violation of verdicts[level].violations) {
      for (const field of violation.fields) {
        const mine =
          field.container === container ||
          (field.container === null && isPodSecurityContext(field.path));
        if (!mine || !namesField(field.path, key)) continue;
        // a baseline check is repeated under restricted: keep it once, at the level that introduces it
        const id = `${violation.check}:${field.path}`;
        if (seen.has(id)) continue;
        seen.add(id);
        out.push({
          level: violation.checkLevel,
          check: violation.check,
          reason: violation.reason,
          path: field.path,
          observed: field.observed,
          expected: field.expected,
        });
      }
    }
  }
  return out;
}

/** Violations about the pod rather than one container's securityContext (volumes, host namespaces, …). */
export function podViolations(verdicts: {
  baseline: PssVerdict;
  restricted: PssVerdict;
}): FieldViolation[] {
  const out: FieldViolation[] = [];
  const seen = new Set<string>();
  for (const level of ['baseline', 'restricted'] as const) {
    for (const violation of verdicts[level].violations) {
      for (const field of violation.fields) {
        const containerField =
          field.path.includes('.securityContext.') &&
          (field.container !== null || isPodSecurityContext(field.path));
        if (containerField) continue;
        const id = `${violation.check}:${field.path}`;
        if (seen.has(id)) continue;
        seen.add(id);
        out.push({
          level: violation.checkLevel,
          check: violation.check,
          reason: violation.reason,
          path: field.path,
          observed: field.observed,
          expected: field.expected,
        });
      }
    }
  }
  return out;
}
