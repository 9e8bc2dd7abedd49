import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  federationEntry,
  generateNodeKey,
  loadFederation,
  type PrivateSigningJwk,
  renderFederationFile,
} from '@tandem/federation';

export interface MunicipalitySpec {
  id: string;
  /** ISO 3166-1 alpha-2; the federation file requires the id to start with it. */
  country: string;
  displayName: string;
  languages: string[];
  /** The node's public URL, where its recognition service answers; needed by nodes that issue credentials. */
  url?: string;
}

export interface MunicipalityKeys extends MunicipalitySpec {
  privateKey: PrivateSigningJwk;
  /** The private JWK on disk (mode 0600), as NODE_SIGNING_KEY_FILE expects it. */
  privateKeyFile: string;
}

export interface RunFederation {
  file: string;
  members: MunicipalityKeys[];
}

/**
 * Gives every municipality a fresh Ed25519 key, writes each private key to its own file and a
 * federation file listing the public halves, and reads that file back through the loader the nodes
 * use, so a harness never starts nodes on a file they would refuse.
 */
export async function writeRunFederation(dir: string, specs: MunicipalitySpec[]): Promise<RunFederation> {
  const members = await Promise.all(
    specs.map(async (spec) => {
      const privateKey = await generateNodeKey();
      const privateKeyFile = join(dir, `${spec.id}.private.jwk.json`);
      await writeFile(privateKeyFile, JSON.stringify(privateKey, null, 2), { mode: 0o600 });
      return { ...spec, privateKey, privateKeyFile };
    }),
  );
  const entries = members.map((member) => federationEntry({ ...member, keys: [member.privateKey] }));
  const file = join(dir, 'federation.yaml');
  await writeFile(file, renderFederationFile(entries));
  loadFederation({ path: file });
  return { file, members };
}
