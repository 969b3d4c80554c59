/**
 * The date range of the posture page from its query (`?from=2026-11-01&to=2026-11-29`):
 * dates (UTC days) checked, `to` inclusive; the last 30 days by default; weekly buckets past
 * 92 days. Pure: "now" comes in.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const DEFAULT_RANGE_DAYS = 30;
export const PRESET_DAYS = [7, 30, 90, 365] as const;

export interface PostureRange {
  /** `YYYY-MM-DD`, as the form shows them. */
  from: string;
  to: string;
  bucket: 'day' | 'week';
  /** Days covered, both ends included. */
  days: number;
  /** Why the query was not used as given (the defaults apply then). */
  problem: string | null;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function parseDay(value: string | null): Date | null {
  if (!value || !DATE.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || isoDay(date) !== value ? null : date;
}

/** The last `days` days up to today. */
export function lastDays(days: number, now: Date): { from: string; to: string } {
  return { from: isoDay(new Date(now.getTime() - (days - 1) * DAY_MS)), to: isoDay(now) };
}

export function postureRange(
  query: { from: string | null; to: string | null },
  now: Date,
): PostureRange {
  const fallback = lastDays(DEFAULT_RANGE_DAYS, now);
  const asked = query.from !== null || query.to !== null;
  const from = parseDay(query.from ?? fallback.from);
  const to = parseDay(query.to ?? fallback.to);
  let problem: string | null = null;
  if (asked && (!from || !to)) problem = 'Dates must be written YYYY-MM-DD.';
  else if (from && to && from > to) problem = 'The start date is after the end date.';
  const [start, end] =
    problem || !from || !to
      ? [new Date(`${fallback.from}T00:00:00Z`), new Date(`${fallback.to}T00:00:00Z`)]
      : [from, to];
  const days = Math.round((end.getTime() - start.getTime()) / DAY_MS) + 1;
  return {
    from: isoDay(start),
    to: isoDay(end),
    bucket: days > 92 ? 'week' : 'day',
    days,
    problem,
  };
}
