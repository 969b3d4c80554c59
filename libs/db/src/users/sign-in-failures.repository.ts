import type { PrismaClient } from '../generated/prisma/client';

export interface FailureCounts {
  account: number;
  ip: number;
}

/** Failed password sign-ins, counted per account and per address over a window. */
export class SignInFailuresRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async recordFailure(email: string, ip: string, at: Date): Promise<void> {
    await this.prisma.signInFailure.create({ data: { email, ip, at } });
  }

  async countSince(email: string, ip: string, since: Date): Promise<FailureCounts> {
    const [account, byIp] = await Promise.all([
      this.prisma.signInFailure.count({ where: { email, at: { gt: since } } }),
      this.prisma.signInFailure.count({ where: { ip, at: { gt: since } } }),
    ]);
    return { account, ip: byIp };
  }

  /** After a successful sign-in the account's count starts over (the address's does not). */
  async clearAccount(email: string): Promise<void> {
    await this.prisma.signInFailure.deleteMany({ where: { email } });
  }

  async deleteOlderThan(before: Date): Promise<void> {
    await this.prisma.signInFailure.deleteMany({ where: { at: { lt: before } } });
  }
}
