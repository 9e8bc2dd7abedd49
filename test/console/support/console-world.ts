import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  accountsOf,
  builtGatewayEntry,
  consoleGatewayEnv,
  type DevRealm,
  devOidcUrl,
  freePort,
  NodePair,
  readDevAccounts,
  realmIssuer,
  REPO_ROOT,
  ServiceProcess,
  startDevOidc,
  type TestNode,
  waitUntilReady,
} from '@tandem/devkit';
import { type Browser, chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DEV_ACCOUNTS = readDevAccounts(join(REPO_ROOT, 'apps/console/dev-accounts.json'));

/** A running console of one node: its gateway, and the checked-in accounts of the demo node it stands for. */
export interface NodeConsole {
  node: TestNode;
  url: string;
  accountsOf: string;
}

/**
 * Two real nodes (their services as processes), the dev OIDC provider with a realm per node whose access
 * tokens those nodes accept, one console gateway per node, and Debian's Chromium. The test nodes'
 * ids are fresh per run; their realms use the dev accounts of de-goerlitz and pl-zgorzelec.
 */
export class ConsoleWorld {
  private constructor(
    readonly pair: NodePair,
    readonly de: NodeConsole,
    readonly pl: NodeConsole,
    readonly browser: Browser,
    private readonly processes: ServiceProcess[],
    private readonly dir: string,
  ) {}

  /** `services`: what each node runs (default intake alone); the gateway routes to each of them. */
  static async start(options: { services?: string[] } = {}): Promise<ConsoleWorld> {
    const entry = builtGatewayEntry();
    const dir = await mkdtemp(join(tmpdir(), 'tandem-console-'));
    const pair = await NodePair.start({ label: 'console', services: options.services });
    const processes: ServiceProcess[] = [];
    try {
      const oidc = { host: '127.0.0.1', port: await freePort() };
      const [de, pl] = [await consoleOf(pair.de, 'de-goerlitz'), await consoleOf(pair.pl, 'pl-zgorzelec')];
      const realms = await Promise.all([realmOf(de), realmOf(pl)]);
      processes.push(await startDevOidc({ ...oidc, realms }, dir));
      for (const { node, url } of [de, pl]) {
        const env = consoleGatewayEnv({
          port: Number(new URL(url).port),
          municipality: node.municipality,
          services: Object.fromEntries(node.services.map((service) => [service.name, service.url])),
          authority: realmIssuer(devOidcUrl(oidc), node.municipality),
          federationFile: pair.federationFile,
        });
        const gateway = ServiceProcess.start(`${node.municipality}/console`, entry, env);
        processes.push(gateway);
        await waitUntilReady(gateway, url, 30_000);
      }
      const browser = await chromium.launch({ executablePath: CHROMIUM });
      return new ConsoleWorld(pair, de, pl, browser, processes, dir);
    } catch (error) {
      await Promise.all(processes.map((started) => started.stop()));
      await pair.stop();
      throw error;
    }
  }

  async stop(): Promise<void> {
    await this.browser.close();
    await Promise.all(this.processes.map((started) => started.stop()));
    await this.pair.stop();
    await rm(this.dir, { recursive: true, force: true });
  }
}

async function consoleOf(node: TestNode, accountsOf: string): Promise<NodeConsole> {
  return { node, url: `http://127.0.0.1:${await freePort()}`, accountsOf };
}

async function realmOf({ node, url, accountsOf: demoNode }: NodeConsole): Promise<DevRealm> {
  return {
    municipality: node.municipality,
    accounts: accountsOf(DEV_ACCOUNTS, demoNode),
    password: DEV_ACCOUNTS.password,
    consoleOrigins: [url],
    // The node trusts its own test issuer's key: the realm signs access tokens with it.
    signingKey: await node.issuer.privateJwk(),
  };
}
