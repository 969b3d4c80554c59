import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { OidcAccountsService } from './oidc/oidc-accounts.service';
import { OidcController } from './oidc/oidc.controller';
import { OidcService } from './oidc/oidc.service';
import { SessionCookieWriter } from './session-cookie.writer';
import { SignInService } from './sign-in.service';

@Module({
  controllers: [AuthController, OidcController],
  providers: [SignInService, SessionCookieWriter, OidcService, OidcAccountsService],
  exports: [SignInService, SessionCookieWriter],
})
export class AuthModule {}
