import { randomBytes } from 'node:crypto';
import { UsersRepository, connectDatabase } from '@kordon/db';

export const FIRST_ADMIN_EMAIL = 'admin@kordon.local';

export interface AdminUser {
  email: string;
  /** The initial password, only when this start created the user (it is stored hashed only). */
  password: string | null;
}

/**
 * On a first start (no admin user yet) creates `admin@kordon.local` with a random
 * password and returns it so the launcher prints it once; it is never written anywhere.
 * `kordon admin reset-password` sets a new one.
 */
export async function ensureAdminUser(databaseUrl: string): Promise<AdminUser> {
  const database = connectDatabase(databaseUrl);
  try {
    const users = new UsersRepository(database);
    if ((await users.countAdmins()) > 0) return { email: FIRST_ADMIN_EMAIL, password: null };
    const password = randomBytes(15).toString('base64url');
    const existing = await users.findByEmail(FIRST_ADMIN_EMAIL);
    if (existing) {
      await users.setRoleAndClusters(existing.id, 'admin', '*');
      await users.setPassword(existing.id, password);
    } else {
      await users.createUser({ email: FIRST_ADMIN_EMAIL, role: 'admin', password, clusters: '*' });
    }
    return { email: FIRST_ADMIN_EMAIL, password };
  } finally {
    await database.close();
  }
}

/** What `npm start` prints about the first admin user. */
export function adminUserLines(admin: AdminUser): string[] {
  if (!admin.password) return [];
  return [
    'Created the first admin user for the dashboard (the password is shown only this once):',
    `  email:    ${admin.email}`,
    `  password: ${admin.password}`,
    'Change it with `npx kordon admin reset-password --email admin@kordon.local`.',
  ];
}
