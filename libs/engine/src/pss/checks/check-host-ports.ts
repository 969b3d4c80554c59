import type { PssCheck, PssViolationField, PodContext, PssViolation } from '../pss-types';
import { containerPath } from '../pod-context';
import { containersPhrase, pluralize, sortedUnique } from '../pss-messages';
import { pssVersion } from '../pss-version';

function hostPortsV1Dot0(ctx: PodContext): PssViolation | null {
  let fields: PssViolationField[] | null = null;
  for (const visited of ctx.containers) {
    const ports = visited.container.ports;
    if (!ports) continue;
    for (let i = 0; i < ports.length; i++) {
      const hostPort = ports[i]?.hostPort;
      if (hostPort === undefined || hostPort === null || hostPort === 0) continue;
      fields ??= [];
      fields.push({
        container: visited.name,
        path: `${containerPath(visited)}.ports[${i}].hostPort`,
        observed: hostPort,
        expected: 'unset or 0',
      });
    }
  }
  if (!fields) return null;
  const names = sortedUnique(fields.map((f) => f.container ?? ''));
  const ports = [...new Set(fields.map((f) => String(f.observed)))];
  return {
    check: 'hostPorts',
    checkLevel: 'baseline',
    reason: 'hostPort',
    detail: `${containersPhrase(names)} ${pluralize('uses', 'use', names.length)} ${pluralize('hostPort', 'hostPorts', ports.length)} ${ports.join(', ')}`,
    fields,
  };
}

/** Baseline: containers must not bind host ports. */
export const CHECK_HOST_PORTS: PssCheck = {
  id: 'hostPorts',
  level: 'baseline',
  variants: [{ minimumVersion: pssVersion(0), evaluate: hostPortsV1Dot0 }],
};
