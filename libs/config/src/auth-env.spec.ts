import { apiEnvSchema } from './env-schemas';
import { ConfigError, loadConfig } from './load-config';

const base = { DATABASE_URL: 'postgresql://localhost/kordon' };

describe('api sign-in settings', () => {
  it('defaults to hour-long idle and 12-hour sessions behind http://localhost:3000', () => {
    expect(loadConfig(apiEnvSchema, base)).toMatchObject({
      KORDON_PUBLIC_URL: 'http://localhost:3000',
      KORDON_SESSION_IDLE_S: 3600,
      KORDON_SESSION_MAX_S: 43200,
      KORDON_SIGNIN_MAX_FAILURES: 5,
    });
  });

  it('accepts a role map and refuses one naming an unknown role, naming the variable', () => {
    const ok = loadConfig(apiEnvSchema, {
      ...base,
      KORDON_OIDC_ROLE_MAP: 'ops team=admin, devs=viewer',
    });
    expect(ok.KORDON_OIDC_ROLE_MAP).toBe('ops team=admin, devs=viewer');
    expect(() => loadConfig(apiEnvSchema, { ...base, KORDON_OIDC_ROLE_MAP: 'ops=root' })).toThrow(
      ConfigError,
    );
    expect(() => loadConfig(apiEnvSchema, { ...base, KORDON_OIDC_ROLE_MAP: 'ops=root' })).toThrow(
      /KORDON_OIDC_ROLE_MAP/,
    );
  });
});
