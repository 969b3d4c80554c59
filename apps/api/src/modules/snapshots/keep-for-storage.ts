import { isSnapshotKind, sanitizeObjectReporting, type SnapshotObject } from '@kordon/contracts';

/**
 * What the intake keeps of an uploaded object: only the kinds Kordon reads
 * (DESIGN §2 — never a Secret, wherever it came from, a List's items included),
 * sanitized by the field rules (env values, ConfigMap data, managedFields,
 * last-applied). `changed`: the object was dropped or something was removed.
 */
export function keepForStorage(object: SnapshotObject): {
  object: SnapshotObject | null;
  changed: boolean;
} {
  if (object.kind === 'Secret' || !isSnapshotKind(object.kind))
    return { object: null, changed: true };
  return sanitizeObjectReporting(object);
}
