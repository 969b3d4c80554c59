/**
 * Why an OIDC sign-in ended without a session. The callback redirects the browser to
 * `/login?error=<reason>`; the sign-in page words each reason.
 */
export type OidcFailureReason =
  | 'not_configured'
  | 'state_mismatch'
  | 'provider_error'
  | 'no_role'
  | 'no_clusters'
  | 'no_email'
  | 'email_taken'
  | 'disabled';

export class OidcFailure extends Error {
  constructor(
    readonly reason: OidcFailureReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'OidcFailure';
  }
}
