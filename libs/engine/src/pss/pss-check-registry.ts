import { ALL_PSS_CHECKS } from './pss-checks';
import type { PssCheck, PssCheckFn, PssCheckLevel, PssCheckVariant } from './pss-types';
import { LATEST_PSS_VERSION, type PssVersion } from './pss-version';

/** The check functions that apply at one level and version, in PSA's order. */
export interface PssCheckList {
  readonly ids: readonly string[];
  readonly fns: readonly PssCheckFn[];
  /** Overridden baseline check id → the restricted check id that replaces it at this version. */
  readonly replacedBy: ReadonlyMap<string, string>;
}

/** The newest variant with minimumVersion ≤ minor, or undefined when the check is newer. */
function variantAt(check: PssCheck, minor: number): PssCheckVariant | undefined {
  let found: PssCheckVariant | undefined;
  for (const variant of check.variants) {
    if (variant.minimumVersion.minor <= minor) found = variant;
  }
  return found;
}

function listAt(level: PssCheckLevel, minor: number): PssCheckList {
  const active = ALL_PSS_CHECKS.map((check) => ({
    check,
    variant: variantAt(check, minor),
  })).filter(
    (entry): entry is { check: PssCheck; variant: PssCheckVariant } =>
      entry.variant !== undefined && (level === 'restricted' || entry.check.level === 'baseline'),
  );
  const replacedBy = new Map<string, string>();
  for (const entry of active) {
    for (const id of entry.variant.overrides ?? []) replacedBy.set(id, entry.check.id);
  }
  const kept = active.filter(
    (entry) => !(entry.check.level === 'baseline' && replacedBy.has(entry.check.id)),
  );
  return {
    ids: kept.map((entry) => entry.check.id),
    fns: kept.map((entry) => entry.variant.evaluate),
    replacedBy,
  };
}

function buildTable(level: PssCheckLevel): readonly PssCheckList[] {
  const table: PssCheckList[] = [];
  for (let minor = 0; minor <= LATEST_PSS_VERSION.minor; minor++) table.push(listAt(level, minor));
  return table;
}

/** Precomputed once: per level, the check list of every version v1.0 … newest. */
const TABLES: Readonly<Record<PssCheckLevel, readonly PssCheckList[]>> = {
  baseline: buildTable('baseline'),
  restricted: buildTable('restricted'),
};

/** The checks PSA runs at a level and version; versions beyond the newest evaluate as the newest. */
export function pssChecksAt(level: PssCheckLevel, version: PssVersion): PssCheckList {
  const table = TABLES[level];
  const minor = Math.max(0, Math.min(version.minor, LATEST_PSS_VERSION.minor));
  const list = table[minor];
  if (!list) throw new Error(`no PSS check list for v1.${minor}`);
  return list;
}

/**
 * The check that judges `checkId`'s fields at a level and version: itself, or
 * the restricted check that overrides it (`capabilities_baseline` →
 * `capabilities_restricted` from v1.22 at restricted). `null` when the check
 * does not apply at that version.
 */
export function pssCheckJudging(
  checkId: string,
  level: PssCheckLevel,
  version: PssVersion,
): string | null {
  const list = pssChecksAt(level, version);
  const id = list.replacedBy.get(checkId) ?? checkId;
  return list.ids.includes(id) ? id : null;
}
