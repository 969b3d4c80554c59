// A real OpenID Provider (oidc-provider, ESM-only) for the single sign-on tests, run as a
// child process: `node oidc-provider.mjs` with OIDC_TEST_CONFIG = {port, redirectUri, accounts}.
// The interaction step signs in whoever `login_hint` names and grants what is asked, so
// tests drive the real authorization code + PKCE flow without a login form.
import http from 'node:http';
import Provider from 'oidc-provider';

const { port, redirectUri, accounts } = JSON.parse(process.env.OIDC_TEST_CONFIG ?? '{}');
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'kordon',
      client_secret: 'kordon-test-secret',
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
    },
  ],
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name'],
    groups: ['groups'],
    kordon: ['kordon_clusters'],
  },
  scopes: ['openid', 'email', 'profile', 'groups', 'kordon'],
  cookies: { keys: ['kordon-oidc-test-cookie-key'] },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(_ctx, id) {
    const account = accounts[id];
    if (!account) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...account }) };
  },
});

async function interact(req, res) {
  const { prompt, params, session, grantId } = await provider.interactionDetails(req, res);
  if (prompt.name === 'login') {
    const accountId = String(params.login_hint ?? '');
    return provider.interactionFinished(req, res, { login: { accountId } });
  }
  const grant = grantId
    ? await provider.Grant.find(grantId)
    : new provider.Grant({ accountId: session.accountId, clientId: String(params.client_id) });
  grant.addOIDCScope(String(params.scope));
  return provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } });
}

const handle = provider.callback();
http
  .createServer((req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      interact(req, res).catch((error) => {
        res.statusCode = 500;
        res.end(String(error));
      });
      return;
    }
    handle(req, res);
  })
  .listen(port, '127.0.0.1', () => console.log(`oidc-provider ready ${issuer}`));
