import { Controller, Get, Logger, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { KordonError } from '@kordon/contracts';
import { Public } from '../../../common/scopes.decorator';
import { clientInfoOf } from '../client-info';
import { SessionCookieWriter } from '../session-cookie.writer';
import { OidcFailure } from './oidc-failure';
import { OidcService } from './oidc.service';

const STATE_COOKIE = 'kordon_oidc_state';
const STATE_PATH = '/auth/oidc';

/** Single sign-on: browser redirects to the provider and back; the API sets the session. */
@ApiTags('auth')
@Controller('auth/oidc')
export class OidcController {
  private readonly logger = new Logger('oidc');

  constructor(
    private readonly oidc: OidcService,
    private readonly cookies: SessionCookieWriter,
  ) {}

  @Public()
  @Get('start')
  @ApiOperation({ summary: 'Redirects to the identity provider (authorization code + PKCE).' })
  async start(
    @Query('returnTo') returnTo: unknown,
    @Res({ passthrough: false }) reply: FastifyReply,
  ): Promise<void> {
    if (!this.oidc.enabled)
      throw new KordonError('not_found', 'single sign-on is not configured', [
        { path: 'KORDON_OIDC_ISSUER', problem: 'unset' },
      ]);
    try {
      const { url, state } = await this.oidc.start(returnTo);
      reply.setCookie(STATE_COOKIE, state, this.stateCookieOptions(600));
      await reply.redirect(url, 302);
    } catch (error) {
      await this.failed(reply, error);
    }
  }

  @Public()
  @Get('callback')
  @ApiOperation({ summary: 'Where the provider returns: sets the session, then redirects.' })
  async callback(
    @Query() query: Record<string, string>,
    @Req() req: FastifyRequest,
    @Res({ passthrough: false }) reply: FastifyReply,
  ): Promise<void> {
    reply.clearCookie(STATE_COOKIE, this.stateCookieOptions(0));
    try {
      const stateCookie = req.cookies[STATE_COOKIE];
      const result = await this.oidc.finish(query, stateCookie, clientInfoOf(req));
      this.cookies.write(reply, result.session);
      await reply.redirect(result.returnTo, 302);
    } catch (error) {
      await this.failed(reply, error);
    }
  }

  private stateCookieOptions(maxAge: number) {
    const base = { path: STATE_PATH, httpOnly: true, sameSite: 'lax' as const };
    return { ...base, secure: this.cookies.secure, ...(maxAge > 0 ? { maxAge } : {}) };
  }

  private async failed(reply: FastifyReply, error: unknown): Promise<void> {
    const reason = error instanceof OidcFailure ? error.reason : 'provider_error';
    if (!(error instanceof OidcFailure)) this.logger.error(error);
    else this.logger.warn(`single sign-on refused (${reason}): ${error.message}`);
    await reply.redirect(`/login?error=${reason}`, 302);
  }
}
