import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { SessionCookieWriter } from './session-cookie.writer';
import { SignInService } from './sign-in.service';

@Module({
  controllers: [AuthController],
  providers: [SignInService, SessionCookieWriter],
  exports: [SignInService, SessionCookieWriter],
})
export class AuthModule {}
