import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIE } from './server/session-cookies';

/**
 * Pages need a session: without the cookie, go to /login (and come back after). This is
 * only the quick path — every page reads the API with the session, which the API checks,
 * and an expired one also ends at /login (server/api-client.ts).
 */
export function proxy(request: NextRequest): NextResponse {
  if (request.cookies.get(SESSION_COOKIE)?.value) return NextResponse.next();
  const login = new URL('/login', request.url);
  const back = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  if (back !== '/') login.searchParams.set('returnTo', back);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ['/((?!login|auth/|_next/|favicon.ico|icon.svg).*)'],
};
