/** The collector CronJob runs hourly (deploy/collector); a day without a snapshot means it stopped. */
export const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

const UNITS: [number, string][] = [
  [24 * 60 * 60 * 1000, 'day'],
  [60 * 60 * 1000, 'hour'],
  [60 * 1000, 'minute'],
];

/** `3 days`, `2 hours`, `1 minute`, `less than a minute`: the largest whole unit. */
export function formatAge(ms: number): string {
  for (const [size, unit] of UNITS) {
    const count = Math.floor(ms / size);
    if (count >= 1) return `${count} ${unit}${count === 1 ? '' : 's'}`;
  }
  return 'less than a minute';
}

export interface Freshness {
  ageMs: number;
  /** `3 days` */
  age: string;
  stale: boolean;
}

/** How old the data collected at `collectedAt` is at `now`, and whether the collector looks stopped. */
export function freshness(collectedAt: string, now: Date): Freshness {
  const ageMs = Math.max(0, now.getTime() - new Date(collectedAt).getTime());
  return { ageMs, age: formatAge(ageMs), stale: ageMs > STALE_AFTER_MS };
}
