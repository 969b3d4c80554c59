import type { NextRequest } from 'next/server';
import { issueApiQueryFromSearch } from '../../../../../format/issue-filters';
import { loadWebConfig } from '../../../../../server/config';
import { sessionHeaders } from '../../../../../server/session-headers';

/**
 * The issues page's CSV export: the same filters, asked of the API with `Accept: text/csv`
 * as the signed-in user, streamed back from the dashboard's origin as a download.
 */
export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ name: string }> };

export async function GET(request: NextRequest, { params }: Params): Promise<Response> {
  const cluster = (await params).name;
  const target = new URL(
    `${loadWebConfig().apiUrl}/api/v1/clusters/${encodeURIComponent(decodeURIComponent(cluster))}/issues`,
  );
  for (const [key, value] of Object.entries(
    issueApiQueryFromSearch(request.nextUrl.searchParams),
  )) {
    if (value && key !== 'cursor') target.searchParams.set(key, value);
  }
  let upstream: Response;
  try {
    upstream = await fetch(target, {
      headers: { ...(await sessionHeaders()), accept: 'text/csv' },
      cache: 'no-store',
      signal: AbortSignal.timeout(60_000),
    });
  } catch {
    return Response.json(
      { code: 'unavailable', message: 'the Kordon API is unreachable', details: [] },
      { status: 503 },
    );
  }
  const headers = new Headers();
  for (const name of ['content-type', 'content-disposition']) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  headers.set('cache-control', 'no-store');
  return new Response(upstream.body, { status: upstream.status, headers });
}
