import { grantsAny, scopesOfRole } from './roles';

describe('roles → scopes', () => {
  it('gives a viewer read only', () => {
    expect(scopesOfRole('viewer')).toEqual(['read']);
    expect(grantsAny(scopesOfRole('viewer'), ['suppress'])).toBe(false);
    expect(grantsAny(scopesOfRole('viewer'), ['ingest'])).toBe(false);
  });

  it('lets a triager read and suppress but not ingest or administer', () => {
    const triager = scopesOfRole('triager');
    expect(grantsAny(triager, ['read'])).toBe(true);
    expect(grantsAny(triager, ['suppress'])).toBe(true);
    expect(grantsAny(triager, ['ingest'])).toBe(false);
    expect(grantsAny(triager, [])).toBe(false);
  });

  it('lets an admin do anything, including admin-only calls (no scope listed)', () => {
    expect(grantsAny(scopesOfRole('admin'), [])).toBe(true);
    expect(grantsAny(scopesOfRole('admin'), ['ingest', 'suppress'])).toBe(true);
  });
});
