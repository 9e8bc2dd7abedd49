import { federationEntry, renderFederationEntries } from '../../libs/federation/src/federation-entry';
import { generateNodeKey } from '../../libs/federation/src/node-keys';
import { type Command, UsageError } from './command';
import { assertValidEntries, writePrivateKey } from './node-key-files';
import { parseOptions } from './options';

const USAGE = `usage: npm run tandem -- keys create --municipality <id> --country <CC> --display-name <name> --languages <code,...> [--url <https://node>] --out <dir>

Creates a new node's Ed25519 signing key in <dir>/<id>.private.jwk.json (mode 0600, never
overwritten) and prints its federation entry (public key only) to add under municipalities: of the
federation file. The private key stays on the node (NODE_SIGNING_KEY_FILE).
  --url  the node's public URL: the issuer id of its credentials and where its status lists are served`;

export const keysCreate: Command = {
  name: 'keys create',
  summary: "create a new node's signing key and print its federation entry",
  usage: USAGE,
  async run(args) {
    const values = parseOptions(args, {
      municipality: { type: 'string' },
      country: { type: 'string' },
      'display-name': { type: 'string' },
      languages: { type: 'string' },
      url: { type: 'string' },
      out: { type: 'string' },
    });
    const { municipality, country, languages, out } = values;
    const displayName = values['display-name'];
    if (!municipality || !country || !displayName || !languages || !out) {
      throw new UsageError('keys create needs --municipality, --country, --display-name, --languages and --out');
    }
    const languageList = languages.split(',').map((code) => code.trim()).filter(Boolean);
    const privateJwk = await generateNodeKey();
    const request = { id: municipality, country, displayName, languages: languageList, ...(values.url ? { url: values.url } : {}) };
    const entry = federationEntry({ ...request, keys: [privateJwk] });
    assertValidEntries([entry], 'for the new entry');
    const keyFile = await writePrivateKey(out, `${municipality}.private.jwk.json`, privateJwk);
    process.stderr.write(`private key written to ${keyFile} (kid ${privateJwk.kid}); keep it secret, on the node only.\n`);
    process.stderr.write('federation entry (public key only), to add under municipalities: in the federation file:\n');
    process.stdout.write(renderFederationEntries([entry]));
    return 0;
  },
};
