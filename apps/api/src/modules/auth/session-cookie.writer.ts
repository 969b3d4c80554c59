import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { ApiConfig } from '@kordon/config';
import type { IssuedSession } from '@kordon/db';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../common/session-cookies';
import { API_CONFIG } from '../../infrastructure/tokens';

/** Sets and clears the session cookies: httpOnly session, readable CSRF token; Lax; Secure on https. */
@Injectable()
export class SessionCookieWriter {
  constructor(@Inject(API_CONFIG) private readonly config: ApiConfig) {}

  get secure(): boolean {
    return new URL(this.config.KORDON_PUBLIC_URL).protocol !== 'http:';
  }

  write(reply: FastifyReply, issued: IssuedSession): void {
    const base = { path: '/', sameSite: 'lax' as const, secure: this.secure };
    const maxAge = this.config.KORDON_SESSION_MAX_S;
    reply.setCookie(SESSION_COOKIE, issued.token, { ...base, httpOnly: true, maxAge });
    reply.setCookie(CSRF_COOKIE, issued.csrfToken, { ...base, httpOnly: false, maxAge });
  }

  clear(reply: FastifyReply): void {
    const base = { path: '/', sameSite: 'lax' as const, secure: this.secure };
    reply.clearCookie(SESSION_COOKIE, { ...base, httpOnly: true });
    reply.clearCookie(CSRF_COOKIE, { ...base, httpOnly: false });
  }
}
