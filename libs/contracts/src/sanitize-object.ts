import { isRecord, type JsonRecord } from './structural-checks';

export const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';

const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const;

function stripEnvValues(podSpec: unknown): void {
  if (!isRecord(podSpec)) return;
  for (const list of CONTAINER_LISTS) {
    const containers = podSpec[list];
    if (!Array.isArray(containers)) continue;
    for (const container of containers) {
      if (!isRecord(container) || !Array.isArray(container.env)) continue;
      for (const variable of container.env) {
        if (!isRecord(variable)) continue;
        delete variable.value;
        delete variable.valueFrom;
      }
    }
  }
}

function templateSpec(template: unknown): unknown {
  return isRecord(template) ? template.spec : undefined;
}

/** Every pod spec an object may hold, found by shape so custom workloads are covered too. */
function stripPodSpecs(object: JsonRecord): void {
  const spec = object.spec;
  stripEnvValues(templateSpec(object.template));
  if (!isRecord(spec)) return;
  stripEnvValues(spec);
  stripEnvValues(templateSpec(spec.template));
  const jobTemplate = spec.jobTemplate;
  if (isRecord(jobTemplate) && isRecord(jobTemplate.spec)) stripEnvValues(templateSpec(jobTemplate.spec.template));
}

function stripMetadata(object: JsonRecord): void {
  const metadata = object.metadata;
  if (!isRecord(metadata)) return;
  delete metadata.managedFields;
  if (isRecord(metadata.annotations)) delete metadata.annotations[LAST_APPLIED_ANNOTATION];
}

/**
 * Drops what must never be stored or leave a cluster: Secrets entirely (null),
 * env values (`value`, `valueFrom`; names stay) of every container in pods and
 * templates, ConfigMap `data`/`binaryData`, `metadata.managedFields` and the
 * last-applied annotation. Mutates in place and returns the same object.
 */
export function sanitizeObject<T extends object>(object: T): T | null {
  const record = object as JsonRecord;
  if (record.kind === 'Secret') return null;
  if (record.kind === 'ConfigMap') {
    delete record.data;
    delete record.binaryData;
  }
  stripMetadata(record);
  stripPodSpecs(record);
  return object;
}
