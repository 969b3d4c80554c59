import type { PssCheck, PssViolationField, PodContext, PssViolation } from '../pss-types';
import { containerPath } from '../pod-context';
import { containersPhrase } from '../pss-messages';
import { pssVersion } from '../pss-version';

function privilegedV1Dot0(ctx: PodContext): PssViolation | null {
  let fields: PssViolationField[] | null = null;
  for (const visited of ctx.containers) {
    if (visited.container.securityContext?.privileged === true) {
      fields ??= [];
      fields.push({
        container: visited.name,
        path: `${containerPath(visited)}.securityContext.privileged`,
        observed: true,
        expected: 'false or unset',
      });
    }
  }
  if (!fields) return null;
  return {
    check: 'privileged',
    checkLevel: 'baseline',
    reason: 'privileged',
    detail: `${containersPhrase(fields.map((f) => f.container ?? ''))} must not set securityContext.privileged=true`,
    fields,
  };
}

/** Baseline: no container may run privileged. */
export const CHECK_PRIVILEGED: PssCheck = {
  id: 'privileged',
  level: 'baseline',
  variants: [{ minimumVersion: pssVersion(0), evaluate: privilegedV1Dot0 }],
};
