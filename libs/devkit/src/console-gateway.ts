import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONSOLE_CLIENT_ID } from './dev-oidc/dev-oidc-config';
import { REPO_ROOT } from './run-script';

/** Where `nx run console:build` puts the browser app; TANDEM_CONSOLE_DIR names another build of it (`vite build --outDir`). */
export const BUILT_CONSOLE_DIR = process.env.TANDEM_CONSOLE_DIR ?? join(REPO_ROOT, 'dist', 'apps', 'console');

/** Where `nx run console:build` puts the gateway's entry point; fails naming the build when it is missing. */
export function builtGatewayEntry(): string {
  const entry = join(REPO_ROOT, 'dist', 'apps', 'console-gateway', 'apps', 'console', 'gateway', 'src', 'main.js');
  if (!existsSync(entry) || !existsSync(join(BUILT_CONSOLE_DIR, 'index.html'))) {
    throw new Error(`the console is not built (${entry}); run: npx nx run console:build`);
  }
  return entry;
}

export interface ConsoleGatewaySettings {
  port: number;
  municipality: string;
  /** service name → base URL of this node's service. */
  services: Record<string, string>;
  /** The node's OIDC issuer (its realm at the dev OIDC provider). */
  authority: string;
  federationFile: string;
}

/** Exactly what a node's gateway gets: nothing inherited but PATH. */
export function consoleGatewayEnv(settings: ConsoleGatewaySettings): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    PORT: String(settings.port),
    HOST: '127.0.0.1',
    MUNICIPALITY_ID: settings.municipality,
    SERVICE_URLS: Object.entries(settings.services)
      .map(([name, url]) => `${name}=${url}`)
      .join(','),
    OIDC_AUTHORITY: settings.authority,
    OIDC_CLIENT_ID: CONSOLE_CLIENT_ID,
    FEDERATION_FILE: settings.federationFile,
    CONSOLE_DIR: BUILT_CONSOLE_DIR,
  };
}
