import type { JWK } from 'jose';
import type { DevAccount } from './dev-accounts';

/** The console's client id at every node's OIDC provider (the dev one and Keycloak's realms). */
export const CONSOLE_CLIENT_ID = 'tandem-console';

/** Where a console gets the authorization code back, and where sign-out returns to. */
export const CONSOLE_CALLBACK_PATH = '/signed-in';
export const CONSOLE_SIGNED_OUT_PATH = '/';

/** One node's sign-in: as Keycloak keeps one realm per node, the dev provider keeps one issuer per node. */
export interface DevRealm {
  municipality: string;
  accounts: DevAccount[];
  password: string;
  /** Origins of this node's consoles: the only redirect targets and CORS origins allowed. */
  consoleOrigins: string[];
  /** The dev issuer's private key: access tokens are signed as that issuer, which the services trust (docs/console.md). */
  signingKey: JWK;
}

export interface DevOidcConfig {
  host: string;
  port: number;
  realms: DevRealm[];
}

export function devOidcUrl(config: Pick<DevOidcConfig, 'host' | 'port'>): string {
  return `http://${config.host}:${config.port}`;
}

/** A realm's issuer, the authority its console signs in with. */
export function realmIssuer(baseUrl: string, municipality: string): string {
  return `${baseUrl}/${municipality}`;
}
