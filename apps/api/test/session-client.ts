import request from 'supertest';
import type { ApiHarness } from './api-harness';
import { TEST_PASSWORD } from './api-harness';

export interface SignedIn {
  /** The `cookie` request header carrying both cookies. */
  cookie: string;
  csrfToken: string;
  setCookies: string[];
}

/** Reads `Set-Cookie` headers into `name=value` pairs. */
export function cookiesOf(res: request.Response): string[] {
  const raw = res.headers['set-cookie'] as unknown;
  return Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
}

/** Signs in through POST /auth/sign-in and returns the cookies as a browser would send them. */
export async function signIn(
  api: ApiHarness,
  email: string,
  password = TEST_PASSWORD,
): Promise<SignedIn> {
  const res = await request(api.server).post('/auth/sign-in').send({ email, password });
  if (res.status !== 200)
    throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  const setCookies = cookiesOf(res);
  const cookie = setCookies.map((line) => line.split(';')[0]).join('; ');
  return { cookie, csrfToken: res.body.csrfToken, setCookies };
}
