import type { CheckDefinition } from '../catalog/check-definition';
import { PSS_CHECKS } from '../catalog/pss-catalog';
import { WORKLOAD_CHECKS } from '../catalog/workload-catalog';
import { NET_CHECKS } from '../network/network-checks';

/** The engine's version: bump when verdicts change for the same input. */
export const ENGINE_VERSION = '0.1.0';

/** Every check Kordon runs, in one list. */
export const CHECK_CATALOG: readonly CheckDefinition[] = [
  ...PSS_CHECKS,
  ...WORKLOAD_CHECKS,
  ...NET_CHECKS,
];

/** Bumped when a check is added, retired, or its severity changes. */
export const CATALOG_VERSION = `2026.11.1+${CHECK_CATALOG.length}`;

const BY_ID = new Map(CHECK_CATALOG.map((c) => [c.id, c]));

export function findCheck(id: string): CheckDefinition | undefined {
  return BY_ID.get(id);
}
