import { matchGlob } from './match-glob';
import type { SuppressionRule } from './suppression';

/** What a suppression is matched against: a finding's identity without its path. */
export interface SuppressibleFinding {
  check: string;
  kind: string;
  namespace: string | null | undefined;
  name: string;
  container?: string | null;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant a rule stops applying, or null when it never expires. A date means end of that day (UTC). */
export function suppressionExpiry(rule: SuppressionRule): Date | null {
  if (rule.expires === undefined) return null;
  if (DATE_ONLY.test(rule.expires))
    return new Date(Date.parse(`${rule.expires}T00:00:00Z`) + DAY_MS);
  return new Date(rule.expires);
}

export function isSuppressionExpired(rule: SuppressionRule, now: Date): boolean {
  const expiry = suppressionExpiry(rule);
  return expiry !== null && now.getTime() >= expiry.getTime();
}

function matchOptional(pattern: string | undefined, value: string | null | undefined): boolean {
  if (pattern === undefined) return true;
  return value !== null && value !== undefined && matchGlob(pattern, value);
}

function matchWorkload(pattern: string | undefined, finding: SuppressibleFinding): boolean {
  if (pattern === undefined) return true;
  const slash = pattern.indexOf('/');
  if (slash === -1) return matchGlob(pattern, finding.name);
  return (
    matchGlob(pattern.slice(0, slash), finding.kind) &&
    matchGlob(pattern.slice(slash + 1), finding.name)
  );
}

/** True when the rule is in force at `now` and every selector it sets matches the finding. */
export function matchSuppression(
  rule: SuppressionRule,
  finding: SuppressibleFinding,
  now: Date,
): boolean {
  return (
    !isSuppressionExpired(rule, now) &&
    matchGlob(rule.check, finding.check) &&
    matchOptional(rule.namespace, finding.namespace) &&
    matchWorkload(rule.workload, finding) &&
    matchOptional(rule.container, finding.container)
  );
}

export function partitionSuppressions(
  rules: readonly SuppressionRule[],
  now: Date,
): { active: SuppressionRule[]; expired: SuppressionRule[] } {
  const active: SuppressionRule[] = [];
  const expired: SuppressionRule[] = [];
  for (const rule of rules) (isSuppressionExpired(rule, now) ? expired : active).push(rule);
  return { active, expired };
}
