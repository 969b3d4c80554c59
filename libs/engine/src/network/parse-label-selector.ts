import type { LabelSelector, LabelSelectorRequirement } from './label-selector';
import { asArray, asRecord, asString, asStringRecord } from './read-fields';

/** Reads a LabelSelector; `null` when the field is absent (missing differs from empty). */
export function parseLabelSelector(value: unknown): LabelSelector | null {
  const rec = asRecord(value);
  if (!rec) return null;
  const selector: LabelSelector = {};
  if (rec['matchLabels'] !== undefined && rec['matchLabels'] !== null) {
    selector.matchLabels = asStringRecord(rec['matchLabels']);
  }
  const exprs = asArray(rec['matchExpressions']);
  if (exprs) selector.matchExpressions = exprs.map(parseRequirement);
  return selector;
}

function parseRequirement(value: unknown): LabelSelectorRequirement {
  const rec = asRecord(value) ?? {};
  const values = asArray(rec['values'])?.map((v) => String(v));
  return {
    key: asString(rec['key']) ?? '',
    operator: asString(rec['operator']) ?? '',
    ...(values ? { values } : {}),
  };
}
