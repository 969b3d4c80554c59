import type { FastifyRequest } from 'fastify';
import type { ClientInfo } from './sign-in.service';

/** The caller's address (X-Forwarded-For only from KORDON_TRUST_PROXY) and user agent. */
export function clientInfoOf(request: FastifyRequest): ClientInfo {
  const agent = request.headers['user-agent'];
  return { ip: request.ip, userAgent: typeof agent === 'string' ? agent : null };
}
