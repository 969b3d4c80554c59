import { z } from 'zod';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2})))?$/;
const MIN_YEAR = 1970;
const MAX_YEAR = 9999;

/** True when `text` is an ISO date or date-time naming a real calendar day and time. */
export function isValidIsoDate(text: string): boolean {
  const m = ISO.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  const [offH, offM] = [Number(m[7] ?? 0), Number(m[8] ?? 0)];
  return hour < 24 && minute < 60 && second < 60 && offH < 24 && offM < 60;
}

/** `2026-11-30` or `2026-11-30T12:00:00Z` (an offset instead of Z is fine), a real calendar date, years 1970–9999. */
export const isoDateSchema = z
  .string()
  .refine(
    isValidIsoDate,
    'must be an ISO date (2026-11-30) or date-time (2026-11-30T12:00:00Z) that exists in the calendar',
  );
