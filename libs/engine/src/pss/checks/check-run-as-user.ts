import type { PssCheck, PssViolationField, PodContext, PssViolation } from '../pss-types';
import { containerPath } from '../pod-context';
import { isUserNamespacePod } from '../pod-predicates';
import { containersPhrase } from '../pss-messages';
import { pssVersion } from '../pss-version';

const EXPECTED = 'non-zero or unset';

/** A pod-level `runAsUser: 0` fails even when every container overrides it. */
function runAsUserV1Dot23(ctx: PodContext): PssViolation | null {
  let fields: PssViolationField[] | null = null;
  if (ctx.spec.securityContext?.runAsUser === 0) {
    fields = [
      { container: null, path: 'spec.securityContext.runAsUser', observed: 0, expected: EXPECTED },
    ];
  }
  for (const visited of ctx.containers) {
    if (visited.container.securityContext?.runAsUser !== 0) continue;
    fields ??= [];
    const path = `${containerPath(visited)}.securityContext.runAsUser`;
    fields.push({ container: visited.name, path, observed: 0, expected: EXPECTED });
  }
  if (!fields) return null;
  const setters: string[] = [];
  if (fields.some((f) => f.container === null)) setters.push('pod');
  const names = fields.filter((f) => f.container !== null).map((f) => f.container ?? '');
  if (names.length > 0) setters.push(containersPhrase(names));
  return {
    check: 'runAsUser',
    checkLevel: 'restricted',
    reason: 'runAsUser=0',
    detail: `${setters.join(' and ')} must not set runAsUser=0`,
    fields,
  };
}

function runAsUserV1Dot35(ctx: PodContext): PssViolation | null {
  return isUserNamespacePod(ctx.spec) ? null : runAsUserV1Dot23(ctx);
}

/** Restricted (v1.23+): no explicit runAsUser 0; any value in user-namespaced pods from v1.35. */
export const CHECK_RUN_AS_USER: PssCheck = {
  id: 'runAsUser',
  level: 'restricted',
  variants: [
    { minimumVersion: pssVersion(23), evaluate: runAsUserV1Dot23 },
    { minimumVersion: pssVersion(35), evaluate: runAsUserV1Dot35 },
  ],
};
