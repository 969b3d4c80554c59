import type { Role } from '@kordon/contracts';
import type { PrismaClient } from '../generated/prisma/client';
import { hashPassword, verifyPassword } from './password-hash';
import { normalizeEmail, toUserRecord, type UserRecord } from './user-record';

export interface NewUser {
  email: string;
  role: Role;
  /** Omitted: the account can sign in only through single sign-on. */
  password?: string;
  displayName?: string | null;
  clusters?: '*' | string[];
}

function clusterColumns(clusters: '*' | string[] | undefined) {
  if (clusters === undefined || clusters === '*') return { allClusters: true, clusterIds: [] };
  return { allClusters: false, clusterIds: [...new Set(clusters)] };
}

/** Users, their passwords (argon2id) and their single sign-on links. */
export class UsersRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async createUser(input: NewUser): Promise<UserRecord> {
    const row = await this.prisma.user.create({
      data: {
        email: normalizeEmail(input.email),
        role: input.role,
        displayName: input.displayName ?? null,
        passwordHash: input.password === undefined ? null : await hashPassword(input.password),
        ...clusterColumns(input.clusters),
      },
    });
    return toUserRecord(row);
  }

  async findByEmail(email: string): Promise<UserRecord | null> {
    const row = await this.prisma.user.findUnique({ where: { email: normalizeEmail(email) } });
    return row ? toUserRecord(row) : null;
  }

  async findById(id: string): Promise<UserRecord | null> {
    const row = await this.prisma.user.findUnique({ where: { id } });
    return row ? toUserRecord(row) : null;
  }

  async listUsers(): Promise<UserRecord[]> {
    const rows = await this.prisma.user.findMany({ orderBy: { email: 'asc' } });
    return rows.map(toUserRecord);
  }

  /** The enabled user with this email and password, or null (the same work either way). */
  async findByPassword(email: string, password: string): Promise<UserRecord | null> {
    const row = await this.prisma.user.findUnique({ where: { email: normalizeEmail(email) } });
    const ok = await verifyPassword(row?.passwordHash ?? null, password);
    if (!row || !ok || row.disabledAt) return null;
    return toUserRecord(row);
  }

  async setPassword(userId: string, password: string): Promise<void> {
    await this.prisma.user.update({
      where: { id: userId },
      data: { passwordHash: await hashPassword(password) },
    });
  }

  async setRoleAndClusters(
    userId: string,
    role: Role,
    clusters: '*' | string[],
  ): Promise<UserRecord> {
    const row = await this.prisma.user.update({
      where: { id: userId },
      data: { role, ...clusterColumns(clusters) },
    });
    return toUserRecord(row);
  }

  /** Disables the user at `at`, or enables them again (null). */
  async setDisabled(userId: string, at: Date | null): Promise<UserRecord> {
    const row = await this.prisma.user.update({ where: { id: userId }, data: { disabledAt: at } });
    return toUserRecord(row);
  }

  /** Enabled admins. */
  async countAdmins(): Promise<number> {
    return this.prisma.user.count({ where: { role: 'admin', disabledAt: null } });
  }

  async findByIdentity(issuer: string, subject: string): Promise<UserRecord | null> {
    const link = await this.prisma.userIdentity.findUnique({
      where: { issuer_subject: { issuer, subject } },
      include: { user: true },
    });
    return link ? toUserRecord(link.user) : null;
  }

  async linkIdentity(userId: string, issuer: string, subject: string): Promise<void> {
    await this.prisma.userIdentity.create({ data: { userId, issuer, subject } });
  }
}
