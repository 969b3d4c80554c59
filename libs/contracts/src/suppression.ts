import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { KordonError } from './kordon-error';
import { SNAPSHOT_API_VERSION } from './snapshot-header';
import { zodIssuesToDetails } from './zod-details';

const nonEmpty = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

/**
 * One rule. `check` is a check id or a glob (`pss.baseline.*`); `workload` is
 * `Kind/name` or `name`, globs allowed; `expires` is a date (valid through
 * that day, UTC) or an RFC 3339 timestamp. Unknown fields are rejected so a
 * typo cannot widen a suppression.
 */
export const suppressionRuleSchema = z.strictObject({
  check: nonEmpty('check'),
  namespace: nonEmpty('namespace').optional(),
  workload: nonEmpty('workload').optional(),
  container: nonEmpty('container').optional(),
  reason: nonEmpty('reason'),
  expires: z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], {
      error: 'must be a date (YYYY-MM-DD) or an RFC 3339 timestamp',
    })
    .optional(),
});

export type SuppressionRule = z.infer<typeof suppressionRuleSchema>;

export const suppressionListSchema = z.object({
  apiVersion: z.literal(SNAPSHOT_API_VERSION, `must be ${SNAPSHOT_API_VERSION}`),
  kind: z.literal('SuppressionList', 'must be SuppressionList'),
  suppressions: z.array(suppressionRuleSchema),
});

export type SuppressionList = z.infer<typeof suppressionListSchema>;

/** Validates an already-parsed suppressions document. */
export function parseSuppressionList(value: unknown, source = 'suppressions'): SuppressionList {
  const result = suppressionListSchema.safeParse(value);
  if (result.success) return result.data;
  const details = zodIssuesToDetails(result.error);
  const first = details[0];
  const summary = first === undefined ? 'invalid' : `${first.path}: ${first.problem}`;
  throw new KordonError('validation_failed', `${source}: ${summary}`, details);
}

/** Parses a suppressions file, YAML or JSON (JSON is YAML). */
export function parseSuppressionFile(text: string, source = 'suppressions'): SuppressionList {
  let value: unknown;
  try {
    value = parseYaml(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new KordonError('validation_failed', `${source}: not valid YAML or JSON (${reason})`, [
      { path: source, problem: 'not valid YAML or JSON' },
    ]);
  }
  return parseSuppressionList(value, source);
}
