import { formatChange, pointAWeekBefore, sparklinePath } from './posture-summary';

describe('pointAWeekBefore', () => {
  const points = [
    { at: '2026-11-01T10:00:00Z', id: 'a' },
    { at: '2026-11-15T10:00:00Z', id: 'b' },
    { at: '2026-11-21T10:00:00Z', id: 'c' },
    { at: '2026-11-22T11:00:00Z', id: 'd' },
    { at: '2026-11-29T10:00:00Z', id: 'e' },
  ];

  it('takes the newest point at least seven days before the latest', () => {
    expect(pointAWeekBefore(points, points[4]!)?.id).toBe('c');
  });

  it('answers null when nothing is a week older', () => {
    expect(pointAWeekBefore(points.slice(3), points[4]!)).toBeNull();
  });
});

describe('formatChange', () => {
  it('signs increases, decreases (with a minus sign) and no change', () => {
    expect([formatChange(2), formatChange(-3), formatChange(0)]).toEqual(['+2', '−3', '±0']);
  });
});

describe('sparklinePath', () => {
  it('spreads the values over the width and scales 0–100 to the height, top is 100', () => {
    expect(sparklinePath([0, 50, 100], 100, 20)).toBe('M0.0,20.0 L50.0,10.0 L100.0,0.0');
  });

  it('needs two values and clamps out-of-range ones', () => {
    expect(sparklinePath([42], 100, 20)).toBeNull();
    expect(sparklinePath([-5, 120], 10, 10)).toBe('M0.0,10.0 L10.0,0.0');
  });
});
