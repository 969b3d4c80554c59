import { parsePssVersion } from './parse-pss-version';
import type { PssLevelName } from './pss-types';
import { LATEST_PSS_VERSION, type PssVersion } from './pss-version';

export const PSS_LABEL_PREFIX = 'pod-security.kubernetes.io/';
export const PSS_MODES = ['enforce', 'audit', 'warn'] as const;
export type PssMode = (typeof PSS_MODES)[number];

const LEVEL_RANK: Readonly<Record<PssLevelName, number>> = {
  privileged: 0,
  baseline: 1,
  restricted: 2,
};

/** How one mode resolved: from a valid label, a malformed one (PSA fails closed), or the cluster default. */
export interface NamespaceModePolicy {
  level: PssLevelName;
  version: PssVersion;
  source: 'label' | 'invalid-label' | 'default';
}

export type NamespacePodSecurityNoteCode =
  | 'exemptions-not-visible'
  | 'cluster-default-unknown'
  | 'invalid-label'
  | 'no-workloads'
  | 'enforce-rejects-workloads'
  | 'can-tighten-enforce';

export interface NamespacePodSecurityNote {
  code: NamespacePodSecurityNoteCode;
  params?: Record<string, string | number>;
}

export interface NamespacePodSecurity {
  /** The namespace's `pod-security.kubernetes.io/*` labels, verbatim. */
  labels: Record<string, string>;
  modes: Record<PssMode, NamespaceModePolicy>;
  /** The highest level the namespace could enforce today without rejecting any of its workloads. */
  recommendedEnforce: PssLevelName;
  /** How many workloads the current enforce level would reject. */
  workloadsRejectedByEnforce: number;
  notes: NamespacePodSecurityNote[];
}

function isLevel(text: string): text is PssLevelName {
  return text === 'privileged' || text === 'baseline' || text === 'restricted';
}

/**
 * Resolves one mode as PSA's `PolicyToEvaluate` does: a missing label falls
 * back to the cluster default (not visible through the API: assumed
 * privileged/latest); a malformed level is `restricted`, a malformed version
 * `latest` (fail closed).
 */
function resolveMode(
  labels: Record<string, string>,
  mode: PssMode,
  latest: PssVersion,
  notes: NamespacePodSecurityNote[],
): NamespaceModePolicy {
  const levelKey = `${PSS_LABEL_PREFIX}${mode}`;
  const versionKey = `${levelKey}-version`;
  const levelText = labels[levelKey];
  const versionText = labels[versionKey];
  let source: NamespaceModePolicy['source'] = levelText === undefined ? 'default' : 'label';
  let level: PssLevelName = 'privileged';
  if (levelText !== undefined) {
    if (isLevel(levelText)) level = levelText;
    else {
      level = 'restricted';
      source = 'invalid-label';
      notes.push({ code: 'invalid-label', params: { label: levelKey, value: levelText } });
    }
  }
  let version = latest;
  if (versionText !== undefined) {
    const parsed = parsePssVersion(versionText, latest);
    if (parsed) version = parsed;
    else {
      source = 'invalid-label';
      notes.push({ code: 'invalid-label', params: { label: versionKey, value: versionText } });
    }
  }
  return { level, version, source };
}

function podSecurityLabels(labels: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(labels).sort()) {
    if (key.startsWith(PSS_LABEL_PREFIX)) out[key] = labels[key] ?? '';
  }
  return out;
}

/**
 * A namespace's Pod Security Admission labels and the highest level it could
 * enforce today. `workloadLevels` are the highest levels its workloads satisfy
 * (`highestPssLevel`), evaluated at the enforce version (`modes.enforce.version`).
 * `latest` is the cluster's own version when known.
 */
export function namespacePodSecurity(
  labels: Record<string, string>,
  workloadLevels: readonly PssLevelName[],
  latest: PssVersion = LATEST_PSS_VERSION,
): NamespacePodSecurity {
  const notes: NamespacePodSecurityNote[] = [{ code: 'exemptions-not-visible' }];
  const modes = {
    enforce: resolveMode(labels, 'enforce', latest, notes),
    audit: resolveMode(labels, 'audit', latest, notes),
    warn: resolveMode(labels, 'warn', latest, notes),
  };
  if (modes.enforce.source === 'default')
    notes.push({ code: 'cluster-default-unknown', params: { mode: 'enforce' } });
  let recommended: PssLevelName = 'restricted';
  for (const level of workloadLevels)
    if (LEVEL_RANK[level] < LEVEL_RANK[recommended]) recommended = level;
  if (workloadLevels.length === 0) notes.push({ code: 'no-workloads' });
  const enforced = LEVEL_RANK[modes.enforce.level];
  const rejected = workloadLevels.filter((level) => LEVEL_RANK[level] < enforced).length;
  if (rejected > 0) notes.push({ code: 'enforce-rejects-workloads', params: { count: rejected } });
  if (LEVEL_RANK[recommended] > enforced) {
    notes.push({
      code: 'can-tighten-enforce',
      params: { from: modes.enforce.level, to: recommended },
    });
  }
  return {
    labels: podSecurityLabels(labels),
    modes,
    recommendedEnforce: recommended,
    workloadsRejectedByEnforce: rejected,
    notes,
  };
}
