import { z } from 'zod';

/**
 * What a caller may do. API tokens carry scopes directly; a signed-in user's scopes
 * come from their role. `admin` may do everything.
 */
export const SCOPES = ['ingest', 'scan', 'read', 'suppress', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];
export const scopeSchema = z.enum(SCOPES);

/** A person's role; see docs/security.md for the table. */
export const ROLES = ['viewer', 'triager', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

/** Role → the scopes a signed-in user with that role holds. A triager may also suppress. */
export const ROLE_SCOPES: Readonly<Record<Role, readonly Scope[]>> = {
  viewer: ['read'],
  triager: ['read', 'suppress'],
  admin: ['admin'],
};

export function scopesOfRole(role: Role): Scope[] {
  return [...ROLE_SCOPES[role]];
}

/** Whether scopes grant one of `needed` (`admin` grants everything). */
export function grantsAny(held: readonly Scope[], needed: readonly Scope[]): boolean {
  return held.includes('admin') || needed.some((scope) => held.includes(scope));
}
