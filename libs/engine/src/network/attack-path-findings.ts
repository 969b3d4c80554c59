import type { AttackPath } from './attack-paths';
import type { ExposureKind } from './exposures';
import { finding, type NetworkFinding } from './network-finding';
import type { NetworkModel } from './network-model';

/** The finding path of every attack-path finding: one finding per exposed source workload. */
export const ATTACK_PATH_FINDING_PATH = 'attackPaths';

/** Targets listed in a finding's `observed`; the rest are only counted. */
export const ATTACK_PATH_TARGETS_LISTED = 20;

/** Targets named in the message. */
const TARGETS_NAMED = 3;

interface SourcePaths {
  from: string;
  exposures: ExposureKind[];
  targets: string[];
}

function bySource(paths: readonly AttackPath[]): SourcePaths[] {
  const out = new Map<string, SourcePaths>();
  for (const p of paths) {
    if (p.to === p.from) continue;
    const known = out.get(p.from);
    if (known) known.targets.push(p.to);
    else out.set(p.from, { from: p.from, exposures: p.exposures, targets: [p.to] });
  }
  return [...out.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

function message(s: SourcePaths, targets: readonly string[]): string {
  const named = targets.slice(0, TARGETS_NAMED).join(', ');
  const more = targets.length > TARGETS_NAMED ? ` and ${targets.length - TARGETS_NAMED} more` : '';
  const noun = targets.length === 1 ? 'workload' : 'workloads';
  return `exposed (${s.exposures.join(', ')}) workload ${s.from} can reach ${targets.length} privileged or host-namespace ${noun}: ${named}${more}`;
}

/**
 * One `net.attack-path` finding per exposed workload that reaches at least one
 * risky workload, so its fingerprint stays the same while targets come and go.
 * `observed` lists the first targets (sorted) and counts them all; the full
 * list of paths stays in `result.network.attackPaths`.
 */
export function attackPathFindings(
  model: NetworkModel,
  paths: readonly AttackPath[],
): NetworkFinding[] {
  return bySource(paths).flatMap((s) => {
    const w = model.workloads.get(s.from);
    if (!w) return [];
    const targets = [...s.targets].sort();
    return [
      finding(
        'net.attack-path',
        { kind: w.kind, namespace: w.namespace, name: w.name },
        {
          path: ATTACK_PATH_FINDING_PATH,
          observed: {
            exposures: s.exposures,
            targets: targets.slice(0, ATTACK_PATH_TARGETS_LISTED),
            targetCount: targets.length,
          },
          expected: 'no route from an exposed workload to a privileged or host-namespace workload',
          message: message(s, targets),
        },
      ),
    ];
  });
}
