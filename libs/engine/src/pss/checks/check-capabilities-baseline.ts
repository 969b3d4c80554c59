import type { PssCheck, PssViolationField, PodContext, PssViolation } from '../pss-types';
import { containerPath } from '../pod-context';
import { containersPhrase, joinQuote, sortedUnique } from '../pss-messages';
import { pssVersion } from '../pss-version';

/** Capabilities a baseline container may add (NET_RAW is not among them). */
export const BASELINE_ALLOWED_CAPABILITIES: ReadonlySet<string> = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

function capabilitiesBaselineV1Dot0(ctx: PodContext): PssViolation | null {
  let fields: PssViolationField[] | null = null;
  for (const visited of ctx.containers) {
    const add = visited.container.securityContext?.capabilities?.add;
    if (!add || add.length === 0) continue;
    const forbidden = add.filter((cap) => !BASELINE_ALLOWED_CAPABILITIES.has(cap));
    if (forbidden.length === 0) continue;
    fields ??= [];
    fields.push({
      container: visited.name,
      path: `${containerPath(visited)}.securityContext.capabilities.add`,
      observed: forbidden,
      expected: `unset, or a subset of ${[...BASELINE_ALLOWED_CAPABILITIES].join(', ')}`,
    });
  }
  if (!fields) return null;
  const caps = sortedUnique(fields.flatMap((f) => f.observed as string[]));
  return {
    check: 'capabilities_baseline',
    checkLevel: 'baseline',
    reason: 'non-default capabilities',
    detail: `${containersPhrase(fields.map((f) => f.container ?? ''))} must not include ${joinQuote(caps)} in securityContext.capabilities.add`,
    fields,
  };
}

/** Baseline: containers may add only the default capability set. */
export const CHECK_CAPABILITIES_BASELINE: PssCheck = {
  id: 'capabilities_baseline',
  level: 'baseline',
  variants: [{ minimumVersion: pssVersion(0), evaluate: capabilitiesBaselineV1Dot0 }],
};
