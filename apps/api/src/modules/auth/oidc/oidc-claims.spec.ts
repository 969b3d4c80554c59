import { claimValues, parseRoleMap, roleFromClaims } from './oidc-claims';

describe('OIDC role claims', () => {
  const map = parseRoleMap('kordon-admins=admin, sec=triager ,staff=viewer');

  it('takes the highest role any claim value maps to', () => {
    expect(roleFromClaims({ groups: ['staff', 'sec'] }, 'groups', map)).toBe('triager');
    expect(roleFromClaims({ groups: ['kordon-admins', 'staff'] }, 'groups', map)).toBe('admin');
  });

  it('gives no role without a mapped value, a missing claim or a non-string claim', () => {
    expect(roleFromClaims({ groups: ['other'] }, 'groups', map)).toBeNull();
    expect(roleFromClaims({}, 'groups', map)).toBeNull();
    expect(roleFromClaims({ groups: 7 }, 'groups', map)).toBeNull();
  });

  it('reads a space- or comma-separated string claim as a list', () => {
    expect(claimValues({ roles: 'a b,c' }, 'roles')).toEqual(['a', 'b', 'c']);
  });

  it('refuses a role map naming a role Kordon does not have', () => {
    expect(() => parseRoleMap('ops=superuser')).toThrow(/ops=superuser/);
    expect(() => parseRoleMap('=admin')).toThrow(/KORDON_OIDC_ROLE_MAP/);
  });
});
