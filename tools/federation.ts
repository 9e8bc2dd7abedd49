/**
 * Federation file tooling:
 *   npx tsx tools/federation.ts keygen --municipality <id> --country <CC> --display-name <name> --languages de,en [--url <https://node>] --out <dir>
 *     creates the node's Ed25519 key pair in <dir>/<id>.private.jwk.json (mode 0600, never overwritten)
 *     and prints its federation entry (public key only) to paste under `municipalities:`.
 *   npx tsx tools/federation.ts check <file>
 *     validates a federation file and prints a summary; exit 1 with the errors.
 * Usage errors exit 2.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { federationEntry, renderFederationEntries, renderFederationFile } from '../libs/federation/src/federation-entry';
import { FederationError } from '../libs/federation/src/federation-error';
import type { Municipality } from '../libs/federation/src/federation-schema';
import { loadFederation } from '../libs/federation/src/load-federation';
import { generateNodeKey } from '../libs/federation/src/node-keys';

const USAGE = `usage:
  npx tsx tools/federation.ts keygen --municipality <id> --country <CC> --display-name <name> --languages <code,...> [--url <https://node>] --out <dir>
  npx tsx tools/federation.ts check <federation-file>`;

class UsageError extends Error {}

interface KeygenRequest {
  id: string;
  country: string;
  displayName: string;
  languages: string[];
  url?: string;
  outDir: string;
}

function parseKeygen(args: string[]): KeygenRequest {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      municipality: { type: 'string' },
      country: { type: 'string' },
      'display-name': { type: 'string' },
      languages: { type: 'string' },
      url: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const { municipality, country, languages, out } = values;
  const displayName = values['display-name'];
  if (!municipality || !country || !displayName || !languages || !out) {
    throw new UsageError('keygen needs --municipality, --country, --display-name, --languages and --out');
  }
  const languageList = languages.split(',').map((code) => code.trim()).filter(Boolean);
  return { id: municipality, country, displayName, languages: languageList, ...(values.url ? { url: values.url } : {}), outDir: out };
}

async function keygen(args: string[]): Promise<void> {
  const request = parseKeygen(args);
  const privateJwk = await generateNodeKey();
  const entry = federationEntry({ ...request, keys: [privateJwk] });
  assertValidEntry(entry);
  await mkdir(request.outDir, { recursive: true, mode: 0o700 });
  const keyFile = join(request.outDir, `${request.id}.private.jwk.json`);
  try {
    await writeFile(keyFile, `${JSON.stringify(privateJwk, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new Error(`${keyFile} already exists; refusing to overwrite a node's private key`);
  }
  process.stderr.write(`private key written to ${keyFile} (kid ${privateJwk.kid}); keep it secret, on the node only.\n`);
  process.stderr.write('federation entry (public key only), to add under municipalities: in the federation file:\n');
  process.stdout.write(renderFederationEntries([entry]));
}

/** The printed entry is checked exactly as a node will read it, before any key is written. */
function assertValidEntry(entry: Municipality): void {
  try {
    loadFederation({ text: renderFederationFile([entry]), origin: 'for the new entry' });
  } catch (error) {
    if (error instanceof FederationError) throw new UsageError(error.errors.join('\n'));
    throw error;
  }
}

function check(args: string[]): void {
  const { positionals } = parseArgs({ args, strict: true, allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new UsageError('check needs exactly one federation file');
  const file = positionals[0];
  const federation = loadFederation({ path: file });
  const municipalities = federation.municipalities();
  const lines = municipalities.map(
    (entry) =>
      `  ${entry.id} (${entry.country}, ${entry.displayName}) languages ${entry.languages.join(',')}, ` +
      `inbox ${entry.inboxTopic}, keys ${entry.jwks.keys.map((key) => key.kid).join(', ')}`,
  );
  const summary = `${file}: valid, version ${federation.version}, ${municipalities.length} municipalities`;
  process.stdout.write(`${summary}\n${lines.join('\n')}\n`);
}

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  try {
    if (command === 'keygen') return await keygen(args);
    if (command === 'check') return check(args);
  } catch (error) {
    // parseArgs reports unknown or malformed options with these codes.
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code.startsWith('ERR_PARSE_ARGS')) throw new UsageError((error as Error).message);
    throw error;
  }
  throw new UsageError(command ? `unknown command ${command}` : 'no command given');
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n${USAGE}\n`);
    process.exit(2);
  }
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
