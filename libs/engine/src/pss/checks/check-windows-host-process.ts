import type { PssCheck, PssViolationField, PodContext, PssViolation } from '../pss-types';
import { containerPath } from '../pod-context';
import { containersPhrase } from '../pss-messages';
import { pssVersion } from '../pss-version';

function windowsHostProcessV1Dot0(ctx: PodContext): PssViolation | null {
  let fields: PssViolationField[] | null = null;
  const expected = 'false or unset';
  if (ctx.spec.securityContext?.windowsOptions?.hostProcess === true) {
    fields = [
      {
        container: null,
        path: 'spec.securityContext.windowsOptions.hostProcess',
        observed: true,
        expected,
      },
    ];
  }
  for (const visited of ctx.containers) {
    if (visited.container.securityContext?.windowsOptions?.hostProcess !== true) continue;
    fields ??= [];
    const path = `${containerPath(visited)}.securityContext.windowsOptions.hostProcess`;
    fields.push({ container: visited.name, path, observed: true, expected });
  }
  if (!fields) return null;
  const setters: string[] = [];
  if (fields.some((f) => f.container === null)) setters.push('pod');
  const names = fields.filter((f) => f.container !== null).map((f) => f.container ?? '');
  if (names.length > 0) setters.push(containersPhrase(names));
  return {
    check: 'windowsHostProcess',
    checkLevel: 'baseline',
    reason: 'hostProcess',
    detail: `${setters.join(' and ')} must not set securityContext.windowsOptions.hostProcess=true`,
    fields,
  };
}

/** Baseline: no Windows HostProcess containers. */
export const CHECK_WINDOWS_HOST_PROCESS: PssCheck = {
  id: 'windowsHostProcess',
  level: 'baseline',
  variants: [{ minimumVersion: pssVersion(0), evaluate: windowsHostProcessV1Dot0 }],
};
