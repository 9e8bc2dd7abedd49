import { renderFederationEntries } from '../../libs/federation/src/federation-entry';
import { loadFederation } from '../../libs/federation/src/load-federation';
import { generateNodeKey, publicJwkOf } from '../../libs/federation/src/node-keys';
import { type Command, UsageError } from './command';
import { assertValidEntries, writePrivateKey } from './node-key-files';
import { parseOptions } from './options';

const USAGE = `usage: npm run tandem -- keys rotate --municipality <id> --federation <file> --out <dir>

Creates a new signing key for the node in <dir>/<id>.<kid>.private.jwk.json (mode 0600) and prints
the node's federation entry with the new public key added beside the current ones. A member may
list several keys; receivers pick the key by the kid in each signature, so both stay valid while
the rotation runs:
  1. replace the node's entry in the federation file with the printed one, on every node;
  2. point the node's NODE_SIGNING_KEY_FILE at the new key and restart intake, training and
     recognition (a signer refuses a key the federation file does not list);
  3. once the xb.* inboxes' retention has passed, so no message signed with the old key is
     still unread, remove the old key from the entry, on every node.
Credentials issued with the old key stop verifying when its key leaves the file.`;

export const keysRotate: Command = {
  name: 'keys rotate',
  summary: "create a node's next signing key and print its entry with both keys",
  usage: USAGE,
  async run(args) {
    const values = parseOptions(args, { municipality: { type: 'string' }, federation: { type: 'string' }, out: { type: 'string' } });
    const { municipality, federation: file, out } = values;
    if (!municipality || !file || !out) throw new UsageError('keys rotate needs --municipality, --federation and --out');
    const federation = loadFederation({ path: file });
    if (!federation.has(municipality)) throw new UsageError(`${municipality} is not in ${file}`);
    const privateJwk = await generateNodeKey();
    const current = federation.municipality(municipality);
    const rotated = { ...current, jwks: { keys: [...current.jwks.keys, publicJwkOf(privateJwk)] } };
    assertValidEntries(
      federation.municipalities().map((entry) => (entry.id === municipality ? rotated : entry)),
      `${file} with the rotated entry`,
    );
    const keyFile = await writePrivateKey(out, `${municipality}.${privateJwk.kid}.private.jwk.json`, privateJwk);
    const kept = current.jwks.keys.map((key) => key.kid).join(', ');
    process.stderr.write(`new private key written to ${keyFile} (kid ${privateJwk.kid}); keep it secret, on the node only.\n`);
    process.stderr.write(`${municipality}'s entry with the new key beside ${kept}, to replace its entry in the federation file:\n`);
    process.stdout.write(renderFederationEntries([rotated]));
    return 0;
  },
};
