import type { PssCheck, PssViolationField, PodContext, PssViolation } from '../pss-types';
import { pssVersion } from '../pss-version';

const FIELDS = ['hostNetwork', 'hostPID', 'hostIPC'] as const;

function hostNamespacesV1Dot0(ctx: PodContext): PssViolation | null {
  let fields: PssViolationField[] | null = null;
  for (const field of FIELDS) {
    if (ctx.spec[field] === true) {
      fields ??= [];
      fields.push({
        container: null,
        path: `spec.${field}`,
        observed: true,
        expected: 'false or unset',
      });
    }
  }
  if (!fields) return null;
  return {
    check: 'hostNamespaces',
    checkLevel: 'baseline',
    reason: 'host namespaces',
    detail: fields.map((f) => `${f.path.slice('spec.'.length)}=true`).join(', '),
    fields,
  };
}

/** Baseline: the pod must not share the host's network, PID or IPC namespace. */
export const CHECK_HOST_NAMESPACES: PssCheck = {
  id: 'hostNamespaces',
  level: 'baseline',
  variants: [{ minimumVersion: pssVersion(0), evaluate: hostNamespacesV1Dot0 }],
};
