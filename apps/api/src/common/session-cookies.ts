/** The httpOnly cookie holding the session (its hash is the lookup key). */
export const SESSION_COOKIE = 'kordon_session';
/** A readable cookie holding the session's CSRF token, for the dashboard to echo back. */
export const CSRF_COOKIE = 'kordon_csrf';
/** Cookie-authenticated writes must carry the CSRF token in this header. */
export const CSRF_HEADER = 'x-kordon-csrf';
/** Methods that never change anything: no CSRF token needed. */
export const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);
