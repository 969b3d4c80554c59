import { cookies } from 'next/headers';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from './session-cookies';

/** Headers that make an API call as the signed-in user: their cookies and CSRF token. */
export async function sessionHeaders(): Promise<Record<string, string>> {
  const jar = await cookies();
  const session = jar.get(SESSION_COOKIE)?.value;
  const csrf = jar.get(CSRF_COOKIE)?.value;
  const headers: Record<string, string> = {};
  const pairs = [
    session ? `${SESSION_COOKIE}=${session}` : null,
    csrf ? `${CSRF_COOKIE}=${csrf}` : null,
  ].filter((pair): pair is string => pair !== null);
  if (pairs.length > 0) headers.cookie = pairs.join('; ');
  if (csrf) headers[CSRF_HEADER] = csrf;
  return headers;
}
