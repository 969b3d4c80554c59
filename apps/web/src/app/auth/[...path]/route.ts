import type { NextRequest } from 'next/server';
import { resolvedClientAddress } from '../../../server/client-address';
import { loadWebConfig } from '../../../server/config';

/**
 * The browser talks only to the dashboard's origin: `/auth/*` (sign-in, sign-out, me,
 * single sign-on) is passed to the API with the cookies, the CSRF header and the
 * client's address as the dashboard's server resolved it (server/client-address.ts, never the
 * client's own X-Forwarded-For), and the API's answer (cookies and redirects included) comes back.
 */
export const dynamic = 'force-dynamic';

const FORWARDED_REQUEST = ['cookie', 'content-type', 'x-kordon-csrf', 'user-agent', 'accept'];
const FORWARDED_RESPONSE = ['content-type', 'location', 'retry-after', 'cache-control'];

async function forward(request: NextRequest, path: string[]): Promise<Response> {
  const target = new URL(
    `${loadWebConfig().apiUrl}/auth/${path.map(encodeURIComponent).join('/')}`,
  );
  target.search = request.nextUrl.search;
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  const client = resolvedClientAddress(request.headers);
  if (client) headers.set('x-forwarded-for', client);
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  let upstream: Response;
  try {
    upstream = await fetch(target, {
      method: request.method,
      headers,
      body: hasBody ? await request.arrayBuffer() : undefined,
      redirect: 'manual',
      cache: 'no-store',
      signal: AbortSignal.timeout(15_000),
    });
  } catch {
    return Response.json(
      { code: 'unavailable', message: 'the Kordon API is unreachable', details: [] },
      { status: 503 },
    );
  }
  const out = new Headers();
  for (const name of FORWARDED_RESPONSE) {
    const value = upstream.headers.get(name);
    if (value) out.set(name, value);
  }
  for (const cookie of upstream.headers.getSetCookie()) out.append('set-cookie', cookie);
  const body = upstream.status === 204 ? null : await upstream.arrayBuffer();
  return new Response(body, { status: upstream.status, headers: out });
}

type Params = { params: Promise<{ path: string[] }> };

export async function GET(request: NextRequest, { params }: Params): Promise<Response> {
  return forward(request, (await params).path);
}

export async function POST(request: NextRequest, { params }: Params): Promise<Response> {
  return forward(request, (await params).path);
}
