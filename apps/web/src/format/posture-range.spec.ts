import { lastDays, postureRange } from './posture-range';

const now = new Date('2026-11-29T15:00:00Z');

describe('postureRange', () => {
  it('defaults to the last 30 days, today included, in daily buckets', () => {
    expect(postureRange({ from: null, to: null }, now)).toEqual({
      from: '2026-10-31',
      to: '2026-11-29',
      bucket: 'day',
      days: 30,
      problem: null,
    });
  });

  it('takes a valid range as given and switches to weekly buckets past 92 days', () => {
    expect(postureRange({ from: '2026-11-01', to: '2026-11-07' }, now)).toMatchObject({
      from: '2026-11-01',
      to: '2026-11-07',
      days: 7,
      bucket: 'day',
    });
    expect(postureRange({ from: '2025-12-01', to: '2026-11-29' }, now).bucket).toBe('week');
  });

  it('says what is wrong with a bad range and falls back to the default', () => {
    expect(postureRange({ from: '2026-02-30', to: null }, now)).toMatchObject({
      from: '2026-10-31',
      problem: 'Dates must be written YYYY-MM-DD.',
    });
    expect(postureRange({ from: '2026-11-20', to: '2026-11-10' }, now)).toMatchObject({
      to: '2026-11-29',
      problem: 'The start date is after the end date.',
    });
  });
});

describe('lastDays', () => {
  it('ends today', () => {
    expect(lastDays(7, now)).toEqual({ from: '2026-11-23', to: '2026-11-29' });
  });
});
