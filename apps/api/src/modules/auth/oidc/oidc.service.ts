import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ApiConfig } from '@kordon/config';
import { OidcLoginsRepository, type IssuedSession, type UserRecord } from '@kordon/db';
import { API_CONFIG } from '../../../infrastructure/tokens';
import { SignInService, type ClientInfo } from '../sign-in.service';
import { OidcAccountsService } from './oidc-accounts.service';
import type { Claims } from './oidc-claims';
import { OidcFailure } from './oidc-failure';
import { loadOpenIdClient, type OidcConfiguration } from './openid-client.adapter';

const PENDING_TTL_MS = 10 * 60 * 1000;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Where the provider sends the browser back: the dashboard's origin, proxied to the API. */
export function callbackUrl(config: ApiConfig): string {
  return new URL('/auth/oidc/callback', config.KORDON_PUBLIC_URL).toString();
}

/** Relative paths only, so a sign-in can never redirect off-site. */
export function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : '/';
}

/** OpenID Connect authorization code flow with PKCE, through openid-client. */
@Injectable()
export class OidcService {
  private readonly logger = new Logger('oidc');
  private discovered: Promise<OidcConfiguration> | undefined;

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly logins: OidcLoginsRepository,
    private readonly accounts: OidcAccountsService,
    private readonly signIn: SignInService,
  ) {}

  get enabled(): boolean {
    return Boolean(this.config.KORDON_OIDC_ISSUER && this.config.KORDON_OIDC_CLIENT_ID);
  }

  /** The provider's authorization URL and the state to pin in the browser's cookie. */
  async start(returnTo: unknown): Promise<{ url: string; state: string }> {
    const client = await loadOpenIdClient();
    const configuration = await this.configuration();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    await this.logins.savePending(
      state,
      { codeVerifier, nonce, returnTo: safeReturnTo(returnTo) },
      new Date(Date.now() + PENDING_TTL_MS),
    );
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: callbackUrl(this.config),
      scope: this.config.KORDON_OIDC_SCOPES,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.toString(), state };
  }

  /** Completes a sign-in from the callback URL; the state must match the browser's cookie. */
  async finish(
    query: Record<string, string>,
    stateCookie: string | undefined,
    clientInfo: ClientInfo,
  ): Promise<{ user: UserRecord; session: IssuedSession; returnTo: string }> {
    const state = query['state'] ?? '';
    if (!state || !stateCookie || state !== stateCookie)
      throw new OidcFailure('state_mismatch', 'the sign-in did not start in this browser');
    const pending = await this.logins.takePending(state, new Date());
    if (!pending) throw new OidcFailure('state_mismatch', 'the sign-in expired or was used');
    const claims = await this.exchange(query, state, pending.codeVerifier, pending.nonce);
    const issuer = (await this.configuration()).serverMetadata().issuer;
    const user = await this.accounts.resolveUser(issuer, claims);
    const session = await this.signIn.startSession(user, 'oidc', clientInfo);
    return { user, session, returnTo: pending.returnTo };
  }

  private async exchange(
    query: Record<string, string>,
    state: string,
    codeVerifier: string,
    nonce: string,
  ): Promise<Claims> {
    const client = await loadOpenIdClient();
    const configuration = await this.configuration();
    const current = new URL(callbackUrl(this.config));
    for (const [key, value] of Object.entries(query)) current.searchParams.set(key, value);
    try {
      const tokens = await client.authorizationCodeGrant(configuration, current, {
        pkceCodeVerifier: codeVerifier,
        expectedState: state,
        expectedNonce: nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (!idClaims) throw new Error('the token response has no ID token');
      const info = await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
      return { ...info, ...idClaims } as Claims;
    } catch (error) {
      this.logger.warn(`OIDC code exchange failed: ${(error as Error).message}`);
      throw new OidcFailure('provider_error', 'the identity provider refused the sign-in', {
        cause: error,
      });
    }
  }

  private configuration(): Promise<OidcConfiguration> {
    this.discovered ??= this.discover().catch((error: unknown) => {
      this.discovered = undefined;
      this.logger.warn(`OIDC discovery failed: ${(error as Error).message}`);
      throw new OidcFailure('provider_error', 'the identity provider cannot be reached', {
        cause: error,
      });
    });
    return this.discovered;
  }

  private async discover(): Promise<OidcConfiguration> {
    const { KORDON_OIDC_ISSUER: issuer, KORDON_OIDC_CLIENT_ID: clientId } = this.config;
    if (!issuer || !clientId)
      throw new OidcFailure('not_configured', 'single sign-on is not configured');
    const client = await loadOpenIdClient();
    const url = new URL(issuer);
    // plain http only for a provider on this machine (development and tests)
    const insecure = url.protocol === 'http:' && LOOPBACK.has(url.hostname);
    return client.discovery(
      url,
      clientId,
      this.config.KORDON_OIDC_CLIENT_SECRET,
      undefined,
      insecure ? { execute: [client.allowInsecureRequests] } : undefined,
    );
  }
}
