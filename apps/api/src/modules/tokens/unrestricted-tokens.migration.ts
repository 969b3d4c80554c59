import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { TokensRepository } from '@kordon/db';

/**
 * Tokens from before clusters were required carry no clusters: at start-up they are given
 * `*` (what they could do before) and each is named in a warning, so an admin can narrow
 * or revoke them.
 */
@Injectable()
export class UnrestrictedTokensMigration implements OnApplicationBootstrap {
  private readonly logger = new Logger('tokens');

  constructor(private readonly tokens: TokensRepository) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const t of await this.tokens.migrateUnrestrictedTokens())
      this.logger.warn(
        `token "${t.name}" (${t.id}) named no clusters: it now has clusters ["*"] (every cluster); revoke it and create a narrower one if that is too much`,
      );
  }
}
