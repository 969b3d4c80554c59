import type { z } from 'zod';
import type { ErrorDetail } from './api-error';

/** Renders an issue path the way users write it: `suppressions[2].reason`. */
export function formatIssuePath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/** zod issues → error details, one per issue. */
export function zodIssuesToDetails(error: z.ZodError, prefix = ''): ErrorDetail[] {
  return error.issues.map((issue) => ({
    path: formatIssuePath(issue.path, prefix),
    problem: issue.message,
  }));
}
