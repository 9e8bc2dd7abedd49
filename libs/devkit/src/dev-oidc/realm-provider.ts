import type Provider from 'oidc-provider';
import type { ProviderContext, Token } from 'oidc-provider';
import { DEV_AUDIENCE, DEV_ISSUER } from '../dev-issuer';
import type { DevAccount } from './dev-accounts';
import { CONSOLE_CALLBACK_PATH, CONSOLE_CLIENT_ID, CONSOLE_SIGNED_OUT_PATH, type DevRealm } from './dev-oidc-config';

/** The one resource the console asks tokens for: every service of the node, audience `tandem`. */
const TANDEM_RESOURCE = 'urn:tandem:api';
const OIDC_SCOPES = 'openid profile';

/** The path, below the realm's issuer, where the provider sends a browser to sign in. */
export const interactionPath = (municipality: string, uid: string) => `/${municipality}/interaction/${uid}`;

/**
 * One realm's oidc-provider: authorization code with PKCE for the console, access tokens as JWTs
 * that the node's services accept as they accept `npm run token`'s (same key, issuer `DEV_ISSUER`,
 * audience `tandem`, `municipality` and `roles` claims). ID tokens carry the provider's own issuer,
 * as the console checks them against its discovery document.
 */
export async function realmProvider(issuer: string, realm: DevRealm, cookieKeys: string[]): Promise<Provider> {
  const { default: OidcProvider } = await import('oidc-provider');
  const accounts = new Map(realm.accounts.map((account) => [account.username, account]));
  return new OidcProvider(issuer, {
    clients: [consoleClient(realm)],
    jwks: { keys: [realm.signingKey] },
    findAccount: (_ctx: unknown, username: string) => {
      const account = accounts.get(username);
      return account && { accountId: username, claims: () => identityClaims(realm.municipality, account) };
    },
    claims: { openid: ['sub', 'municipality', 'roles'], profile: ['name', 'preferred_username'] },
    // The console reads name and roles from the ID token: its access token is for the services, not for it.
    conformIdTokenClaims: false,
    scopes: OIDC_SCOPES.split(' '),
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => TANDEM_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({ scope: '', audience: DEV_AUDIENCE, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'EdDSA' } } }),
      },
    },
    extraTokenClaims: (_ctx: unknown, token: Token) => {
      const account = token.kind === 'AccessToken' && token.accountId ? accounts.get(token.accountId) : undefined;
      return account && { municipality: realm.municipality, roles: account.roles };
    },
    formats: {
      customizers: {
        jwt: (_ctx: unknown, _token: unknown, jwt: { payload: Record<string, unknown> }) => {
          jwt.payload['iss'] = DEV_ISSUER;
        },
      },
    },
    loadExistingGrant: consoleGrant,
    clientBasedCORS: (_ctx: unknown, origin: string) => realm.consoleOrigins.includes(origin),
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => interactionPath(realm.municipality, interaction.uid) },
    pkce: { required: () => true },
    // Realms share a host: each keeps its own cookies, so signing in at one leaves the other signed in.
    cookies: { keys: cookieKeys, names: cookieNames(realm.municipality) },
    ttl: { AccessToken: 3600, IdToken: 3600, Interaction: 600, Session: 8 * 3600, Grant: 8 * 3600 },
  });
}

function consoleClient(realm: DevRealm): Record<string, unknown> {
  return {
    client_id: CONSOLE_CLIENT_ID,
    token_endpoint_auth_method: 'none',
    grant_types: ['authorization_code'],
    response_types: ['code'],
    redirect_uris: realm.consoleOrigins.map((origin) => `${origin}${CONSOLE_CALLBACK_PATH}`),
    post_logout_redirect_uris: realm.consoleOrigins.map((origin) => `${origin}${CONSOLE_SIGNED_OUT_PATH}`),
    id_token_signed_response_alg: 'EdDSA',
  };
}

function identityClaims(municipality: string, account: DevAccount): Record<string, unknown> {
  return { sub: account.username, name: account.name, preferred_username: account.username, municipality, roles: account.roles };
}

/** The console is the node's own application: signing in is consent enough, so no consent screen. */
async function consoleGrant(ctx: ProviderContext) {
  const { client, session, result, provider } = ctx.oidc;
  if (!client || !session?.accountId) return undefined;
  const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
  if (grantId) return provider.Grant.find(grantId);
  const grant = new provider.Grant({ accountId: session.accountId, clientId: client.clientId });
  grant.addOIDCScope(OIDC_SCOPES);
  grant.addResourceScope(TANDEM_RESOURCE, '');
  await grant.save();
  return grant;
}

function cookieNames(municipality: string): Record<string, string> {
  return { session: `_session.${municipality}`, interaction: `_interaction.${municipality}`, resume: `_resume.${municipality}` };
}
