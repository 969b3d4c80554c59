/** Set by the dashboard's server (apps/web/server.mjs) once it rewrites X-Forwarded-For itself. */
const RESOLVED = Symbol.for('kordon.web.clientAddressResolved');

/**
 * The client's address as the dashboard's server resolved it (the socket's peer, or the client a
 * trusted proxy names — KORDON_TRUSTED_PROXIES). Null when the app runs without that server
 * (`next start`, `next dev`): X-Forwarded-For is then whatever the client sent, so it is not
 * passed on and the API sees the dashboard's own address.
 */
export function resolvedClientAddress(headers: Headers): string | null {
  if ((globalThis as Record<symbol, unknown>)[RESOLVED] !== true) return null;
  return headers.get('x-forwarded-for');
}
