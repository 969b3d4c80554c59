import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  partitionSuppressions,
  parseSuppressionFile,
  type ExpiredSuppression,
  type SuppressionRule,
} from '@kordon/contracts';

export interface LoadedSuppressions {
  active: SuppressionRule[];
  expired: ExpiredSuppression[];
}

export const NO_SUPPRESSIONS: LoadedSuppressions = { active: [], expired: [] };

function describeExpired(rule: SuppressionRule): ExpiredSuppression {
  const { check, namespace, workload, container, reason, expires } = rule;
  return { check, namespace, workload, container, reason, expires };
}

/** Reads `--ignore FILE`; throws KordonError (validation_failed) on a bad file. */
export async function loadSuppressions(
  file: string,
  cwd: string,
  now: Date,
): Promise<LoadedSuppressions> {
  const text = await readFile(path.resolve(cwd, file), 'utf8');
  const list = parseSuppressionFile(text, file);
  const { active, expired } = partitionSuppressions(list.suppressions, now);
  return { active, expired: expired.map(describeExpired) };
}

export function describeSuppression(rule: ExpiredSuppression): string {
  const where = [
    rule.namespace && `namespace ${rule.namespace}`,
    rule.workload && `workload ${rule.workload}`,
    rule.container && `container ${rule.container}`,
  ]
    .filter(Boolean)
    .join(', ');
  return `${rule.check}${where ? ` (${where})` : ''} expired ${rule.expires ?? ''}: ${rule.reason}`;
}
