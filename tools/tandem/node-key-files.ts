import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FederationError } from '../../libs/federation/src/federation-error';
import { renderFederationFile } from '../../libs/federation/src/federation-entry';
import type { Municipality } from '../../libs/federation/src/federation-schema';
import { loadFederation } from '../../libs/federation/src/load-federation';
import type { PrivateSigningJwk } from '../../libs/federation/src/node-keys';
import { UsageError } from './command';

/** Writes a private key readable by its owner only; an existing file is never overwritten. */
export async function writePrivateKey(outDir: string, fileName: string, jwk: PrivateSigningJwk): Promise<string> {
  await mkdir(outDir, { recursive: true, mode: 0o700 });
  const keyFile = join(outDir, fileName);
  try {
    await writeFile(keyFile, `${JSON.stringify(jwk, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new Error(`${keyFile} already exists; refusing to overwrite a node's private key`);
  }
  return keyFile;
}

/** Entries are checked exactly as a node will read them, before any key is written. */
export function assertValidEntries(entries: Municipality[], origin: string): void {
  try {
    loadFederation({ text: renderFederationFile(entries), origin });
  } catch (error) {
    if (error instanceof FederationError) throw new UsageError(error.errors.join('\n'));
    throw error;
  }
}
