import { expiryText } from './expiry';

describe('expiryText', () => {
  it('shows a UTC midnight as the day before, through which it is valid', () => {
    expect(expiryText('2027-01-01T00:00:00.000Z')).toBe('2026-12-31 (through)');
    expect(expiryText('2026-03-01T00:00:00Z')).toBe('2026-02-28 (through)');
  });

  it('shows any other instant as is, and none as never', () => {
    expect(expiryText('2026-12-31T15:30:00.000Z')).toBe('2026-12-31T15:30:00.000Z');
    expect(expiryText(null)).toBe('never');
    expect(expiryText(undefined)).toBe('never');
  });
});
