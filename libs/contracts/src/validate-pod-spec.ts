import {
  isRecord,
  optionalArray,
  optionalRecord,
  problem,
  requireArray,
  requireNonEmptyString,
  type Problem,
} from './structural-checks';

function checkContainer(value: unknown, path: string): Problem | null {
  if (!isRecord(value)) return problem(path, 'expected an object');
  return (
    requireNonEmptyString(value.name, `${path}.name`) ??
    optionalRecord(value.securityContext, `${path}.securityContext`) ??
    optionalArray(value.ports, `${path}.ports`, (port, p) =>
      isRecord(port) ? null : problem(p, 'expected an object'),
    ) ??
    optionalArray(value.env, `${path}.env`)
  );
}

/** The pod spec fields the engine walks: container lists, volumes, security context. */
export function checkPodSpec(value: unknown, path: string): Problem | null {
  if (!isRecord(value)) return problem(path, 'expected an object');
  return (
    requireArray(value.containers, `${path}.containers`, checkContainer) ??
    optionalArray(value.initContainers, `${path}.initContainers`, checkContainer) ??
    optionalArray(value.ephemeralContainers, `${path}.ephemeralContainers`, checkContainer) ??
    optionalArray(value.volumes, `${path}.volumes`) ??
    optionalRecord(value.securityContext, `${path}.securityContext`)
  );
}

/** `template.spec` of a pod template at `path` (e.g. `spec.template`). */
export function checkPodTemplate(value: unknown, path: string): Problem | null {
  if (!isRecord(value)) return problem(path, 'expected an object');
  return checkPodSpec(value.spec, `${path}.spec`);
}
