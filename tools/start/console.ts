/**
 * `npm start`'s console: the dev OIDC provider (one realm per node, signing access tokens as the dev
 * issuer the services trust) and one console gateway per node, in front of that node's services.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { builtGatewayEntry, consoleGatewayEnv } from '../../libs/devkit/src/console-gateway';
import { DevIssuer } from '../../libs/devkit/src/dev-issuer';
import { accountsOf, type DevAccounts, readDevAccounts } from '../../libs/devkit/src/dev-oidc/dev-accounts';
import { type DevOidcConfig, devOidcUrl, realmIssuer } from '../../libs/devkit/src/dev-oidc/dev-oidc-config';
import { devOidcLaunch } from '../../libs/devkit/src/dev-oidc/dev-oidc-process';
import { assertPortFree, waitUntilReady } from '../../libs/devkit/src/readiness';
import { DEV_ISSUER_DIR } from './dev-issuer';
import type { Session } from './session';
import { serviceUrl } from './summary';
import { type NodeSpec, REPO_ROOT, type ServiceInstance } from './topology';

const DEV_OIDC = { host: '127.0.0.1', port: 3900 };
/** A node's console listens at its port base + 80: 3180 for Görlitz, 3280 for Zgorzelec. */
const CONSOLE_PORT_OFFSET = 80;
const DEV_ACCOUNTS_FILE = join(REPO_ROOT, 'apps/console/dev-accounts.json');
const READY_TIMEOUT_MS = 30_000;

export interface ConsoleInstance {
  node: NodeSpec;
  port: number;
  url: string;
}

export function planConsoles(instances: ServiceInstance[]): ConsoleInstance[] {
  const nodes = [...new Set(instances.map((instance) => instance.node))];
  return nodes.map((node) => {
    const port = node.portBase + CONSOLE_PORT_OFFSET;
    return { node, port, url: `http://127.0.0.1:${port}` };
  });
}

export async function assertConsolePortsFree(consoles: ConsoleInstance[]): Promise<void> {
  await Promise.all([DEV_OIDC.port, ...consoles.map((console) => console.port)].map((port) => assertPortFree(port)));
}

/** Starts the dev OIDC provider, then every node's gateway; resolves once all answer. */
export async function startConsoles(
  session: Session,
  consoles: ConsoleInstance[],
  instances: ServiceInstance[],
  federationFile: string,
  prefixWidth: number,
): Promise<void> {
  const accounts = readDevAccounts(DEV_ACCOUNTS_FILE);
  const issuer = await DevIssuer.loadOrCreate(DEV_ISSUER_DIR);
  const signingKey = await issuer.privateJwk();
  const config: DevOidcConfig = {
    ...DEV_OIDC,
    realms: consoles.map(({ node, url }) => ({
      municipality: node.municipality,
      accounts: accountsOf(accounts, node.municipality),
      password: accounts.password,
      consoleOrigins: [url],
      signingKey,
    })),
  };
  const dir = join(REPO_ROOT, '.local', 'dev-oidc');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const { entry, env } = await devOidcLaunch(config, dir);
  await waitUntilReady(session.launch('dev-oidc', entry, env, prefixWidth), devOidcUrl(config), READY_TIMEOUT_MS);

  const gatewayEntry = builtGatewayEntry();
  await Promise.all(
    consoles.map(({ node, port, url }) => {
      const services = instances.filter((instance) => instance.node === node).map((instance) => [instance.service, serviceUrl(instance)]);
      const gatewayEnv = consoleGatewayEnv({
        port,
        municipality: node.municipality,
        services: Object.fromEntries(services),
        authority: realmIssuer(devOidcUrl(config), node.municipality),
        federationFile,
      });
      return waitUntilReady(session.launch(`${node.municipality}/console`, gatewayEntry, gatewayEnv, prefixWidth), url, READY_TIMEOUT_MS);
    }),
  );
}

/** Where each node's console is, and whom to sign in as. */
export function consoleSummary(consoles: ConsoleInstance[]): string {
  const accounts: DevAccounts = readDevAccounts(DEV_ACCOUNTS_FILE);
  const lines = ['Consoles (dev sign-in; accounts in apps/console/dev-accounts.json, password ' + `"${accounts.password}"):`];
  for (const { node, url } of consoles) {
    const caseworker = accountsOf(accounts, node.municipality).find((account) => account.roles.includes('caseworker'));
    lines.push(`  ${node.municipality.padEnd(14)} ${url}${caseworker ? `   caseworker: ${caseworker.username}` : ''}`);
  }
  return lines.join('\n');
}
