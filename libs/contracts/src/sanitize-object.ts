import { cniSettingKey } from '@kordon/engine';
import { isRecord, type JsonRecord } from './structural-checks';

export const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';

/** What an env variable's `value` becomes: its name and `valueFrom` reference stay. */
export const REDACTED_ENV_VALUE = '(redacted by kordon)';

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
        if (!isRecord(variable) || !('value' in variable)) continue;
        if (variable.value === REDACTED_ENV_VALUE) continue;
        variable.value = REDACTED_ENV_VALUE;
        removals.count += 1;
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

/**
 * A ConfigMap keeps no data, except the one key Kordon reads from the two that
 * decide whether NetworkPolicy is enforced (`CNI_SETTING_KEYS`).
 */
function stripConfigMap(record: JsonRecord, removals: Removals): void {
  drop(record, 'binaryData', removals);
  const data = record.data;
  if (data === undefined) return;
  const metadata = isRecord(record.metadata) ? record.metadata : {};
  const key = cniSettingKey(String(metadata.namespace ?? ''), String(metadata.name ?? ''));
  if (key === null || !isRecord(data)) {
    drop(record, 'data', removals);
    return;
  }
  for (const name of Object.keys(data)) if (name !== key) drop(data, name, removals);
}

function stripMetadata(object: JsonRecord, removals: Removals): void {
  const metadata = object.metadata;
  if (!isRecord(metadata)) return;
  drop(metadata, 'managedFields', removals);
  if (isRecord(metadata.annotations)) drop(metadata.annotations, LAST_APPLIED_ANNOTATION, removals);
}

/**
 * Drops what must never be stored or leave a cluster: Secrets entirely (null),
 * env values of every container in pods and templates (each `value` becomes
 * `REDACTED_ENV_VALUE`; names and `valueFrom` references stay), ConfigMap
 * `data`/`binaryData` (but the key of `CNI_SETTING_KEYS`), `metadata.managedFields`
 * and the last-applied annotation. Mutates in place and returns the same object.
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
  if (record.kind === 'ConfigMap') stripConfigMap(record, removals);
  stripMetadata(record, removals);
  stripPodSpecs(record, removals);
  return { object, changed: removals.count > 0 };
}
