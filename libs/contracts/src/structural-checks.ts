import type { ErrorDetail } from './api-error';

/**
 * Hand-written structural checks for the reader's hot path: no allocation
 * unless something is wrong. Each returns the first problem or null.
 */
export type Problem = ErrorDetail;
export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function problem(path: string, text: string): Problem {
  return { path, problem: text };
}

export function requireRecord(value: unknown, path: string): Problem | null {
  return isRecord(value) ? null : problem(path, 'expected an object');
}

export function optionalRecord(value: unknown, path: string): Problem | null {
  return value === undefined ? null : requireRecord(value, path);
}

export function optionalString(value: unknown, path: string): Problem | null {
  return value === undefined || typeof value === 'string'
    ? null
    : problem(path, 'expected a string');
}

export function requireNonEmptyString(value: unknown, path: string): Problem | null {
  return typeof value === 'string' && value !== ''
    ? null
    : problem(path, 'expected a non-empty string');
}

/** Optional array whose elements, when `each` is given, pass `each`. */
export function optionalArray(
  value: unknown,
  path: string,
  each?: (item: unknown, path: string) => Problem | null,
): Problem | null {
  if (value === undefined) return null;
  return requireArray(value, path, each);
}

export function requireArray(
  value: unknown,
  path: string,
  each?: (item: unknown, path: string) => Problem | null,
): Problem | null {
  if (!Array.isArray(value)) return problem(path, 'expected an array');
  if (each === undefined) return null;
  for (let i = 0; i < value.length; i++) {
    const found = each(value[i], `${path}[${i}]`);
    if (found !== null) return found;
  }
  return null;
}

/** Optional `map[string]string` (labels, annotations, selectors). */
export function optionalStringMap(value: unknown, path: string): Problem | null {
  if (value === undefined) return null;
  if (!isRecord(value)) return problem(path, 'expected a map of strings');
  for (const key in value) {
    if (typeof value[key] !== 'string') return problem(`${path}.${key}`, 'expected a string');
  }
  return null;
}

/** A label selector: `matchLabels` string map, `matchExpressions` array of objects. */
export function optionalLabelSelector(value: unknown, path: string): Problem | null {
  if (value === undefined) return null;
  if (!isRecord(value)) return problem(path, 'expected an object');
  return (
    optionalStringMap(value.matchLabels, `${path}.matchLabels`) ??
    optionalArray(value.matchExpressions, `${path}.matchExpressions`, requireRecord)
  );
}
