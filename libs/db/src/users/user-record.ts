import type { Role } from '@kordon/contracts';

/** A user as the rest of Kordon sees it (never the password hash). */
export interface UserRecord {
  id: string;
  email: string;
  displayName: string | null;
  role: Role;
  /** `'*'`: every cluster; otherwise the cluster ids this user may see. */
  clusters: '*' | string[];
  hasPassword: boolean;
  createdAt: Date;
  disabledAt: Date | null;
}

export interface UserRow {
  id: string;
  email: string;
  displayName: string | null;
  passwordHash: string | null;
  role: Role;
  allClusters: boolean;
  clusterIds: string[];
  createdAt: Date;
  disabledAt: Date | null;
}

/** The `app_user` columns as a `UserRow`, read through `alias` (`u` → `u.email AS "email"`, …). */
export function userColumns(alias: string): string {
  return [
    `${alias}.id AS "id"`,
    `${alias}.email AS "email"`,
    `${alias}.display_name AS "displayName"`,
    `${alias}.password_hash AS "passwordHash"`,
    `${alias}.role::text AS "role"`,
    `${alias}.all_clusters AS "allClusters"`,
    `${alias}.cluster_ids::text[] AS "clusterIds"`,
    `${alias}.created_at AS "createdAt"`,
    `${alias}.disabled_at AS "disabledAt"`,
  ].join(', ');
}

export function toUserRecord(row: UserRow): UserRecord {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    clusters: row.allClusters ? '*' : [...row.clusterIds],
    hasPassword: row.passwordHash !== null,
    createdAt: row.createdAt,
    disabledAt: row.disabledAt,
  };
}

/** Emails are compared lower-cased and trimmed. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
