/**
 * The one place that loads openid-client, which is ESM-only. Compiled to CommonJS, this
 * `import()` becomes a `require`, which Node 20.19+ resolves for ES modules; Jest compiles
 * the package to CommonJS (jest.config.js `transformIgnorePatterns`).
 */
export type OpenIdClient = typeof import('openid-client');
export type OidcConfiguration = import('openid-client').Configuration;

let loaded: Promise<OpenIdClient> | undefined;

export function loadOpenIdClient(): Promise<OpenIdClient> {
  loaded ??= import('openid-client');
  return loaded;
}
