import { KordonError } from './kordon-error';
import { checkKubernetesNames } from './kubernetes-names';
import type { SnapshotObject } from './snapshot-object';
import { isNamespacedKind, isSnapshotKind, POD_TEMPLATE_KINDS } from './snapshot-kinds';
import {
  isRecord,
  optionalArray,
  optionalLabelSelector,
  optionalRecord,
  optionalString,
  optionalStringMap,
  problem,
  requireNonEmptyString,
  type JsonRecord,
  type Problem,
} from './structural-checks';
import { checkNetworkPolicySpec } from './validate-network-policy';
import { checkPodSpec, checkPodTemplate } from './validate-pod-spec';

function checkOwnerReference(value: unknown, path: string): Problem | null {
  if (!isRecord(value)) return problem(path, 'expected an object');
  if (value.controller !== undefined && typeof value.controller !== 'boolean') {
    return problem(`${path}.controller`, 'expected a boolean');
  }
  return (
    optionalString(value.kind, `${path}.kind`) ??
    optionalString(value.name, `${path}.name`) ??
    optionalString(value.uid, `${path}.uid`)
  );
}

function checkMetadata(object: JsonRecord, kind: string): Problem | null {
  const meta = object.metadata;
  const known = isSnapshotKind(kind);
  if (meta === undefined) return known ? problem('metadata', 'expected an object') : null;
  if (!isRecord(meta)) return problem('metadata', 'expected an object');
  const named = known
    ? requireNonEmptyString(meta.name, 'metadata.name')
    : optionalString(meta.name, 'metadata.name');
  const namespaced = isNamespacedKind(kind)
    ? requireNonEmptyString(meta.namespace, 'metadata.namespace')
    : optionalString(meta.namespace, 'metadata.namespace');
  return (
    named ??
    namespaced ??
    (known ? checkKubernetesNames(kind, meta.name, meta.namespace) : null) ??
    optionalString(meta.uid, 'metadata.uid') ??
    optionalStringMap(meta.labels, 'metadata.labels') ??
    optionalStringMap(meta.annotations, 'metadata.annotations') ??
    optionalArray(meta.ownerReferences, 'metadata.ownerReferences', checkOwnerReference)
  );
}

function checkCronJobSpec(spec: unknown): Problem | null {
  if (!isRecord(spec)) return problem('spec', 'expected an object');
  const jobTemplate = spec.jobTemplate;
  if (!isRecord(jobTemplate)) return problem('spec.jobTemplate', 'expected an object');
  if (!isRecord(jobTemplate.spec)) return problem('spec.jobTemplate.spec', 'expected an object');
  return checkPodTemplate(jobTemplate.spec.template, 'spec.jobTemplate.spec.template');
}

function checkServiceSpec(spec: unknown): Problem | null {
  if (spec === undefined) return null;
  if (!isRecord(spec)) return problem('spec', 'expected an object');
  return (
    optionalArray(spec.ports, 'spec.ports', (port, path) =>
      isRecord(port) ? null : problem(path, 'expected an object'),
    ) ?? optionalStringMap(spec.selector, 'spec.selector')
  );
}

function checkSpec(object: JsonRecord, kind: string): Problem | null {
  const spec = object.spec;
  if (kind === 'Pod') return checkPodSpec(spec, 'spec');
  if (POD_TEMPLATE_KINDS.has(kind)) {
    if (!isRecord(spec)) return problem('spec', 'expected an object');
    return (
      checkPodTemplate(spec.template, 'spec.template') ??
      optionalLabelSelector(spec.selector, 'spec.selector')
    );
  }
  if (kind === 'CronJob') return checkCronJobSpec(spec);
  if (kind === 'NetworkPolicy') return checkNetworkPolicySpec(spec, 'spec');
  if (kind === 'Service') return checkServiceSpec(spec);
  if (kind === 'Ingress') {
    return (
      optionalRecord(spec, 'spec') ??
      (isRecord(spec) ? optionalArray(spec.rules, 'spec.rules') : null)
    );
  }
  return null;
}

/**
 * Structural validation of the fields the engine relies on; the first problem
 * with its path relative to the object (`spec.containers`), or null. Unknown
 * kinds only need `apiVersion` and `kind`.
 */
export function checkSnapshotObject(value: unknown): Problem | null {
  if (!isRecord(value)) return problem('(object)', 'expected a JSON object');
  const kind = value.kind;
  if (typeof kind !== 'string' || kind === '')
    return problem('kind', 'expected a non-empty string');
  if (typeof value.apiVersion !== 'string' || value.apiVersion === '') {
    return problem('apiVersion', 'expected a non-empty string');
  }
  return checkMetadata(value, kind) ?? checkSpec(value, kind);
}

/**
 * Throws `invalid_snapshot` naming where the object sits (`line 7`, `items[3]`):
 * details `[{ path: 'line 7: spec.containers', problem: 'expected an array' }]`.
 */
export function assertSnapshotObject(
  value: unknown,
  where: string,
): asserts value is SnapshotObject {
  const found = checkSnapshotObject(value);
  if (found === null) return;
  const path = `${where}: ${found.path}`;
  throw new KordonError('invalid_snapshot', `${path}: ${found.problem}`, [
    { path, problem: found.problem },
  ]);
}
