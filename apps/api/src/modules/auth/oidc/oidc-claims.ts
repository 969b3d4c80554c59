import type { Role } from '@kordon/contracts';

export type Claims = Record<string, unknown>;

const RANK: Record<Role, number> = { viewer: 1, triager: 2, admin: 3 };

/** A claim as a list of strings: a string, an array of strings, or nothing. */
export function claimValues(claims: Claims, name: string): string[] | null {
  const value = claims[name];
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return null;
}

/** `kordon-admins=admin,staff=viewer` → claim value → role. Unknown roles are refused at boot. */
export function parseRoleMap(text: string): Map<string, Role> {
  const map = new Map<string, Role>();
  for (const pair of text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const at = pair.lastIndexOf('=');
    const value = pair.slice(0, at).trim();
    const role = pair.slice(at + 1).trim();
    if (at <= 0 || !value || (role !== 'viewer' && role !== 'triager' && role !== 'admin'))
      throw new Error(
        `KORDON_OIDC_ROLE_MAP: "${pair}" is not <claim value>=<viewer|triager|admin>`,
      );
    map.set(value, role);
  }
  return map;
}

/** The highest role any of the user's claim values maps to; null means no access. */
export function roleFromClaims(claims: Claims, claim: string, map: Map<string, Role>): Role | null {
  let best: Role | null = null;
  for (const value of claimValues(claims, claim) ?? []) {
    const role = map.get(value);
    if (role && (!best || RANK[role] > RANK[best])) best = role;
  }
  return best;
}
