/**
 * Prepares the development token issuer (never for production): its key pair in .local/dev-issuer,
 * where tools/token.ts signs with it, and the public jwks.json that services trust via AUTH_JWKS_FILE.
 * Run directly (`npx tsx tools/start/dev-issuer.ts`, as docker-compose.yml's dev-issuer does) it only
 * writes those files.
 */
import { join } from 'node:path';
import { DevIssuer } from '../../libs/devkit/src/dev-issuer';
import { REPO_ROOT } from './topology';

export const DEV_ISSUER_DIR = join(REPO_ROOT, '.local', 'dev-issuer');

/** Creates the keys on first use and returns the JWKS file's path. */
export async function prepareDevIssuer(dir = DEV_ISSUER_DIR): Promise<string> {
  await DevIssuer.loadOrCreate(dir);
  // The name DevIssuer.loadOrCreate writes the public key set under.
  return join(dir, 'jwks.json');
}

if (require.main === module) {
  prepareDevIssuer().then(
    (jwksFile) => console.log(`dev issuer ready: ${jwksFile}`),
    (error: unknown) => {
      console.error(`dev issuer: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
