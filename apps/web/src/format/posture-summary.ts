/**
 * Pure summaries of a posture series for the overview: the point a week before the latest,
 * the change of a count since then, and a sparkline's SVG path. Times come in as arguments.
 */
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export interface TimedPoint {
  at: string;
}

/** The latest point at least a week older than `latest` (null when the series is shorter). */
export function pointAWeekBefore<P extends TimedPoint>(points: readonly P[], latest: P): P | null {
  const limit = new Date(latest.at).getTime() - WEEK_MS;
  let found: P | null = null;
  for (const point of points) {
    const at = new Date(point.at).getTime();
    if (at <= limit && (!found || at > new Date(found.at).getTime())) found = point;
  }
  return found;
}

/** `+1`, `−2`, `±0`: a signed change for people (a real minus sign). */
export function formatChange(change: number): string {
  if (change > 0) return `+${change}`;
  if (change < 0) return `−${Math.abs(change)}`;
  return '±0';
}

/**
 * The SVG path of a sparkline of `values` in a `width`×`height` box (values scaled between
 * `min` and `max`, default 0–100 like the score), or null for fewer than two values.
 */
export function sparklinePath(
  values: readonly number[],
  width: number,
  height: number,
  min = 0,
  max = 100,
): string | null {
  if (values.length < 2) return null;
  const span = max - min || 1;
  const step = width / (values.length - 1);
  return values
    .map((value, index) => {
      const clamped = Math.min(max, Math.max(min, value));
      const x = index * step;
      const y = height - ((clamped - min) / span) * height;
      return `${index === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}
