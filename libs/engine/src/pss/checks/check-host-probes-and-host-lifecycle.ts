import type { HandlerHost } from '../../model/kube';
import type {
  PssCheck,
  PssViolationField,
  PodContext,
  PssViolation,
  VisitedContainer,
} from '../pss-types';
import { containerPath } from '../pod-context';
import { containersPhrase, joinQuote, pluralize, sortedUnique } from '../pss-messages';
import { pssVersion } from '../pss-version';

const EXPECTED = 'empty or unset';

function collect(
  handler: HandlerHost | null | undefined,
  where: string,
  visited: VisitedContainer,
  fields: PssViolationField[] | null,
): PssViolationField[] | null {
  if (!handler) return fields;
  let out = fields;
  const httpHost = handler.httpGet?.host;
  if (httpHost) {
    const path = `${containerPath(visited)}.${where}.httpGet.host`;
    (out ??= []).push({ container: visited.name, path, observed: httpHost, expected: EXPECTED });
  }
  const tcpHost = handler.tcpSocket?.host;
  if (tcpHost) {
    const path = `${containerPath(visited)}.${where}.tcpSocket.host`;
    (out ??= []).push({ container: visited.name, path, observed: tcpHost, expected: EXPECTED });
  }
  return out;
}

function hostProbesAndHostLifecycleV1Dot34(ctx: PodContext): PssViolation | null {
  let fields: PssViolationField[] | null = null;
  for (const visited of ctx.containers) {
    const c = visited.container;
    fields = collect(c.livenessProbe, 'livenessProbe', visited, fields);
    fields = collect(c.readinessProbe, 'readinessProbe', visited, fields);
    fields = collect(c.startupProbe, 'startupProbe', visited, fields);
    if (c.lifecycle) {
      fields = collect(c.lifecycle.postStart, 'lifecycle.postStart', visited, fields);
      fields = collect(c.lifecycle.preStop, 'lifecycle.preStop', visited, fields);
    }
  }
  if (!fields) return null;
  const names = sortedUnique(fields.map((f) => f.container ?? ''));
  const hosts = sortedUnique(fields.map((f) => String(f.observed)));
  return {
    check: 'hostProbesAndHostLifecycle',
    checkLevel: 'baseline',
    reason: 'probe or lifecycle host',
    detail: `${containersPhrase(names)} ${pluralize('uses', 'use', names.length)} ${pluralize('probe or lifecycle host', 'probe or lifecycle hosts', hosts.length)} ${joinQuote(hosts)}`,
    fields,
  };
}

/** Baseline (v1.34+): probes and lifecycle handlers must not target another host. */
export const CHECK_HOST_PROBES_AND_HOST_LIFECYCLE: PssCheck = {
  id: 'hostProbesAndHostLifecycle',
  level: 'baseline',
  variants: [{ minimumVersion: pssVersion(34), evaluate: hostProbesAndHostLifecycleV1Dot34 }],
};
