import { loadWebConfig } from './config';
import { sessionHeaders } from './session-headers';

export interface CurrentUser {
  email: string;
  role: string;
}

/** Who is signed in, or null (no session, expired, or the API unreachable). Never redirects. */
export async function currentUser(): Promise<CurrentUser | null> {
  const headers = await sessionHeaders();
  if (!headers.cookie) return null;
  try {
    const response = await fetch(`${loadWebConfig().apiUrl}/auth/me`, {
      headers: { ...headers, accept: 'application/json' },
      cache: 'no-store',
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) return null;
    const body = (await response.json()) as { user?: { email?: unknown; role?: unknown } | null };
    const { email, role } = body.user ?? {};
    return typeof email === 'string' && typeof role === 'string' ? { email, role } : null;
  } catch {
    return null;
  }
}

export interface SignInOptions {
  password: boolean;
  oidc: { label: string } | null;
}

/** What the sign-in page offers; password only when the API cannot say. */
export async function signInOptions(): Promise<SignInOptions> {
  try {
    const response = await fetch(`${loadWebConfig().apiUrl}/auth/providers`, {
      cache: 'no-store',
      signal: AbortSignal.timeout(5_000),
    });
    const body = (await response.json()) as { oidc?: { label?: unknown } | null };
    const label = body.oidc?.label;
    return { password: true, oidc: typeof label === 'string' ? { label } : null };
  } catch {
    return { password: true, oidc: null };
  }
}
