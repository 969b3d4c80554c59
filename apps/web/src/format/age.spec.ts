import { formatAge } from './age';

describe('formatAge', () => {
  const now = new Date('2026-11-29T12:00:00Z');

  it('says minutes under an hour, hours under two days, then days', () => {
    expect(formatAge('2026-11-29T11:15:00Z', now)).toBe('45 min');
    expect(formatAge('2026-11-29T07:00:00Z', now)).toBe('5 h');
    expect(formatAge('2026-11-27T13:00:00Z', now)).toBe('47 h');
    expect(formatAge('2026-11-20T09:00:00Z', now)).toBe('9 d');
  });

  it('shows a dash for a missing, invalid or future time', () => {
    expect(formatAge(null, now)).toBe('—');
    expect(formatAge('yesterday', now)).toBe('—');
    expect(formatAge('2026-11-30T00:00:00Z', now)).toBe('—');
  });
});
