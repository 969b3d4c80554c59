import { isRecord, type JsonRecord } from './structural-checks';

export const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';

const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const;

/** Counts what a sanitizer pass removed, so callers can tell a clean object from a scrubbed one. */
interface Removals {
  count: number;
}

function drop(record: JsonRecord, key: string, removals: Removals): void {
  if (key in record) {
    delete record[key];
    removals.count += 1;
  }
}

function stripEnvValues(podSpec: unknown, removals: Removals): void {
  if (!isRecord(podSpec)) return;
  for (const list of CONTAINER_LISTS) {
    const containers = podSpec[list];
    if (!Array.isArray(containers)) continue;
    for (const container of containers) {
      if (!isRecord(container) || !Array.isArray(container.env)) continue;
      for (const variable of container.env) {
        if (!isRecord(variable)) continue;
        drop(variable, 'value', removals);
        drop(variable, 'valueFrom', removals);
      }
    }
  }
}

function templateSpec(template: unknown): unknown {
  return isRecord(template) ? template.spec : undefined;
}

/** Every pod spec an object may hold, found by shape so custom workloads are covered too. */
function stripPodSpecs(object: JsonRecord, removals: Removals): void {
  const spec = object.spec;
  stripEnvValues(templateSpec(object.template), removals);
  if (!isRecord(spec)) return;
  stripEnvValues(spec, removals);
  stripEnvValues(templateSpec(spec.template), removals);
  const jobTemplate = spec.jobTemplate;
  if (isRecord(jobTemplate) && isRecord(jobTemplate.spec))
    stripEnvValues(templateSpec(jobTemplate.spec.template), removals);
}

function stripMetadata(object: JsonRecord, removals: Removals): void {
  const metadata = object.metadata;
  if (!isRecord(metadata)) return;
  drop(metadata, 'managedFields', removals);
  if (isRecord(metadata.annotations)) drop(metadata.annotations, LAST_APPLIED_ANNOTATION, removals);
}

/**
 * Drops what must never be stored or leave a cluster: Secrets entirely (null),
 * env values (`value`, `valueFrom`; names stay) of every container in pods and
 * templates, ConfigMap `data`/`binaryData`, `metadata.managedFields` and the
 * last-applied annotation. Mutates in place and returns the same object.
 */
export function sanitizeObject<T extends object>(object: T): T | null {
  return sanitizeObjectReporting(object).object;
}

/**
 * `sanitizeObject`, also saying whether anything was removed (`changed`): an
 * upload whose objects all come back unchanged can be stored exactly as received.
 */
export function sanitizeObjectReporting<T extends object>(
  object: T,
): { object: T | null; changed: boolean } {
  const record = object as JsonRecord;
  if (record.kind === 'Secret') return { object: null, changed: true };
  const removals: Removals = { count: 0 };
  if (record.kind === 'ConfigMap') {
    drop(record, 'data', removals);
    drop(record, 'binaryData', removals);
  }
  stripMetadata(record, removals);
  stripPodSpecs(record, removals);
  return { object, changed: removals.count > 0 };
}
