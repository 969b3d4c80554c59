import type { PssCheck, PssViolationField, PodContext, PssViolation } from '../pss-types';
import { containerPath } from '../pod-context';
import { isWindowsPod } from '../pod-predicates';
import { containersPhrase } from '../pss-messages';
import { pssVersion } from '../pss-version';

function allowPrivilegeEscalationV1Dot8(ctx: PodContext): PssViolation | null {
  let fields: PssViolationField[] | null = null;
  for (const visited of ctx.containers) {
    const value = visited.container.securityContext?.allowPrivilegeEscalation;
    if (value === false) continue;
    fields ??= [];
    fields.push({
      container: visited.name,
      path: `${containerPath(visited)}.securityContext.allowPrivilegeEscalation`,
      observed: value ?? null,
      expected: 'false',
    });
  }
  if (!fields) return null;
  return {
    check: 'allowPrivilegeEscalation',
    checkLevel: 'restricted',
    reason: 'allowPrivilegeEscalation != false',
    detail: `${containersPhrase(fields.map((f) => f.container ?? ''))} must set securityContext.allowPrivilegeEscalation=false`,
    fields,
  };
}

function allowPrivilegeEscalationV1Dot25(ctx: PodContext): PssViolation | null {
  return isWindowsPod(ctx.spec) ? null : allowPrivilegeEscalationV1Dot8(ctx);
}

/** Restricted (v1.8+): every container sets allowPrivilegeEscalation=false; Windows pods exempt from v1.25. */
export const CHECK_ALLOW_PRIVILEGE_ESCALATION: PssCheck = {
  id: 'allowPrivilegeEscalation',
  level: 'restricted',
  variants: [
    { minimumVersion: pssVersion(8), evaluate: allowPrivilegeEscalationV1Dot8 },
    { minimumVersion: pssVersion(25), evaluate: allowPrivilegeEscalationV1Dot25 },
  ],
};
