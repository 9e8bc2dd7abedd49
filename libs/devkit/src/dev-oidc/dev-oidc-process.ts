import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { waitUntilReady } from '../readiness';
import { REPO_ROOT } from '../run-script';
import { ServiceProcess } from '../service-process';
import { type DevOidcConfig, devOidcUrl } from './dev-oidc-config';

const READY_TIMEOUT_MS = 30_000;

/** What starts the dev OIDC provider: its entry point and environment, for ServiceProcess.start or a Session. */
export interface DevOidcLaunch {
  entry: string;
  env: NodeJS.ProcessEnv;
}

/**
 * Writes the provider's configuration into `dir` (owner-only: it holds the dev issuer's private key)
 * and says how to start it. tsx loads the TypeScript entry and lets it import ESM-only oidc-provider.
 */
export async function devOidcLaunch(config: DevOidcConfig, dir: string): Promise<DevOidcLaunch> {
  const file = join(dir, 'dev-oidc.config.json');
  await writeFile(file, JSON.stringify(config, null, 2), { mode: 0o600 });
  return {
    entry: join(REPO_ROOT, 'libs/devkit/src/dev-oidc/main.ts'),
    env: { PATH: process.env.PATH ?? '', NODE_OPTIONS: '--import tsx', DEV_OIDC_CONFIG_FILE: file },
  };
}

/** Starts the provider as its own process and resolves once it answers; the caller stops it. */
export async function startDevOidc(config: DevOidcConfig, dir: string, echoPrefixWidth?: number): Promise<ServiceProcess> {
  const { entry, env } = await devOidcLaunch(config, dir);
  const provider = ServiceProcess.start('dev-oidc', entry, env, echoPrefixWidth);
  try {
    await waitUntilReady(provider, devOidcUrl(config), READY_TIMEOUT_MS);
  } catch (error) {
    await provider.stop();
    throw error;
  }
  return provider;
}
