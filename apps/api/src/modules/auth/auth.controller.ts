import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ApiConfig } from '@kordon/config';
import {
  KordonError,
  signInRequestSchema,
  zodIssuesToDetails,
  type AuthProviders,
  type MeResponse,
} from '@kordon/contracts';
import { principalFromUser, type Principal } from '../../common/principal';
import { CurrentPrincipal } from '../../common/request-context';
import { AnyPrincipal, Public } from '../../common/scopes.decorator';
import { API_CONFIG } from '../../infrastructure/tokens';
import { toMeResponse } from './auth.mapper';
import { clientInfoOf } from './client-info';
import { SessionCookieWriter } from './session-cookie.writer';
import { SignInService } from './sign-in.service';

/** Dashboard sign-in: sessions owned by the API, carried in an httpOnly cookie. */
@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly signIn: SignInService,
    private readonly cookies: SessionCookieWriter,
  ) {}

  @Public()
  @Get('providers')
  @ApiOperation({
    summary: 'What the sign-in page offers: password, and single sign-on if set up.',
  })
  providers(): AuthProviders {
    const oidc = this.config.KORDON_OIDC_ISSUER ? { label: this.config.KORDON_OIDC_LABEL } : null;
    return { password: true, oidc };
  }

  @Public()
  @Post('sign-in')
  @HttpCode(200)
  @ApiOperation({ summary: 'Password sign-in: sets the session and CSRF cookies.' })
  @ApiResponse({ status: 401, description: '`unauthorized`: wrong email or password.' })
  @ApiResponse({ status: 429, description: '`rate_limited`: too many failures (Retry-After).' })
  async passwordSignIn(
    @Body() body: unknown,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeResponse & { csrfToken: string }> {
    const parsed = signInRequestSchema.safeParse(body ?? {});
    if (!parsed.success)
      throw new KordonError(
        'validation_failed',
        'the sign-in needs an email and a password',
        zodIssuesToDetails(parsed.error, 'body'),
      );
    try {
      const { email, password } = parsed.data;
      const result = await this.signIn.signInWithPassword(email, password, clientInfoOf(req));
      this.cookies.write(reply, result.session);
      const principal = principalFromUser(result.user, result.session.session.id);
      return { ...toMeResponse(principal), csrfToken: result.session.csrfToken };
    } catch (error) {
      if (error instanceof KordonError && error.code === 'rate_limited')
        reply.header('retry-after', String(this.config.KORDON_SIGNIN_WINDOW_S));
      throw error;
    }
  }

  @AnyPrincipal()
  @Post('sign-out')
  @HttpCode(204)
  @ApiOperation({ summary: 'Ends this session (needs the CSRF header) and clears its cookies.' })
  async signOut(
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    if (principal.sessionId && principal.user)
      await this.signIn.signOut(principal.user, principal.sessionId);
    this.cookies.clear(reply);
  }

  @AnyPrincipal()
  @Get('me')
  @ApiOperation({ summary: 'Who is calling: user or token, role, scopes and clusters.' })
  me(@CurrentPrincipal() principal: Principal): MeResponse {
    return toMeResponse(principal);
  }
}
