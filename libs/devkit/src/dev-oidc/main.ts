/**
 * The dev OIDC provider as a process (never for production): `DEV_OIDC_CONFIG_FILE` names its
 * configuration (see dev-oidc-config.ts), written by writeDevOidcConfig(). Run under tsx, as
 * oidc-provider is ESM-only: `node --import tsx libs/devkit/src/dev-oidc/main.ts`.
 */
import { readFileSync } from 'node:fs';
import { type DevOidcConfig, devOidcUrl } from './dev-oidc-config';
import { startDevOidcServer } from './dev-oidc-server';

async function main(): Promise<void> {
  const file = process.env.DEV_OIDC_CONFIG_FILE;
  if (!file) throw new Error('DEV_OIDC_CONFIG_FILE must name the provider configuration');
  const config = JSON.parse(readFileSync(file, 'utf8')) as DevOidcConfig;
  await startDevOidcServer(config);
  console.log(`dev OIDC provider at ${devOidcUrl(config)} for ${config.realms.map((realm) => realm.municipality).join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(`dev OIDC provider: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
