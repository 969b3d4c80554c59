/** The API's cookie names (apps/api/src/common/session-cookies.ts); the dashboard only forwards them. */
export const SESSION_COOKIE = 'kordon_session';
export const CSRF_COOKIE = 'kordon_csrf';
export const CSRF_HEADER = 'x-kordon-csrf';
