import { Module } from '@nestjs/common';
import { TokensController } from './tokens.controller';
import { TokensResolver } from './tokens.resolver';
import { TokensService } from './tokens.service';
import { UnrestrictedTokensMigration } from './unrestricted-tokens.migration';

@Module({
  controllers: [TokensController],
  providers: [TokensService, TokensResolver, UnrestrictedTokensMigration],
})
export class TokensModule {}
