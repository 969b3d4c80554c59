import type { Metadata } from 'next';
import { LoginForm } from '../../components/LoginForm';
import { firstParam } from '../../format/href';
import { signInOptions } from '../../server/current-user';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sign in' };

/** Why a single sign-on ended here (`/login?error=…`, set by the API's callback). */
const SSO_ERRORS: Record<string, string> = {
  no_role: 'Your account at the identity provider has no Kordon role. Ask an administrator.',
  no_clusters: 'Your account at the identity provider names no cluster you may see.',
  email_taken: 'A Kordon user already has this email, and the identity provider did not verify it.',
  no_email: 'The identity provider did not send an email address.',
  disabled: 'This account is disabled.',
  state_mismatch: 'The sign-in expired or was started in another browser. Try again.',
  provider_error: 'The identity provider could not complete the sign-in. Try again later.',
  not_configured: 'Single sign-on is not configured.',
};

/** Only paths on this site. */
function safeReturnTo(value: string | null): string {
  return value && /^\/(?![/\\])/.test(value) ? value : '/';
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const returnTo = safeReturnTo(firstParam(params.returnTo));
  const error = firstParam(params.error);
  const options = await signInOptions();
  const ssoHref = `/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`;
  return (
    <section className="login" aria-labelledby="login-heading">
      <h1 id="login-heading">Sign in to Kordon</h1>
      {error ? (
        <p className="notice notice-error" role="alert">
          {SSO_ERRORS[error] ?? 'The sign-in did not complete.'}
        </p>
      ) : null}
      {firstParam(params.expired) ? (
        <p className="notice" role="status">
          Your session ended. Sign in again.
        </p>
      ) : null}
      {options.oidc ? (
        <p>
          <a className="button" href={ssoHref}>
            {options.oidc.label}
          </a>
        </p>
      ) : null}
      <LoginForm returnTo={returnTo} />
    </section>
  );
}
