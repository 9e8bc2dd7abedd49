/**
 * Federation file tooling:
 *   npx tsx tools/federation.ts keygen --municipality <id> --country <CC> --display-name <name> --languages de,en [--url <https://node>] --out <dir>
 *     creates the node's Ed25519 key pair in <dir>/<id>.private.jwk.json (mode 0600, never overwritten)
 *     and prints its federation entry (public key only) to paste under `municipalities:`.
 *   npx tsx tools/federation.ts check <file>
 *     validates a federation file and prints a summary; exit 1 with the errors.
 * Usage errors exit 2. keygen is `npm run tandem -- keys create`, kept here for existing scripts and docs.
 */
import { parseArgs } from 'node:util';
import { loadFederation } from '../libs/federation/src/load-federation';
import { UsageError } from './tandem/command';
import { keysCreate } from './tandem/keys-create';

const USAGE = `usage:
  npx tsx tools/federation.ts keygen --municipality <id> --country <CC> --display-name <name> --languages <code,...> [--url <https://node>] --out <dir>
  npx tsx tools/federation.ts check <federation-file>
(keygen is npm run tandem -- keys create; see also keys list and keys rotate)`;

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
    if (command === 'keygen') return void (await keysCreate.run(args));
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
