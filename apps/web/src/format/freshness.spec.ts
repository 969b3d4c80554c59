import { STALE_AFTER_MS, formatAge, freshness } from './freshness';

describe('formatAge', () => {
  it('names the largest whole unit, singular or plural', () => {
    expect(formatAge(3 * 24 * 3_600_000 + 5 * 3_600_000)).toBe('3 days');
    expect(formatAge(3_600_000)).toBe('1 hour');
    expect(formatAge(150_000)).toBe('2 minutes');
    expect(formatAge(59_000)).toBe('less than a minute');
  });
});

describe('freshness', () => {
  const now = new Date('2026-11-29T12:00:00Z');

  it('calls data stale only once it is older than a day', () => {
    expect(freshness('2026-11-28T12:30:00Z', now)).toEqual({
      ageMs: 23.5 * 3_600_000,
      age: '23 hours',
      stale: false,
    });
    expect(freshness('2026-11-26T12:00:00Z', now)).toMatchObject({ age: '3 days', stale: true });
    expect(freshness(new Date(now.getTime() - STALE_AFTER_MS - 1).toISOString(), now).stale).toBe(
      true,
    );
  });

  it('treats a collection time in the future (clock skew) as fresh, not negative', () => {
    expect(freshness('2026-11-29T12:05:00Z', now)).toMatchObject({ ageMs: 0, stale: false });
  });
});
