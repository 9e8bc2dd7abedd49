import { FederationError } from '../../libs/federation/src/federation-error';
import { loadFederation } from '../../libs/federation/src/load-federation';
import { type Command, UsageError } from './command';
import { parseOptions } from './options';

const USAGE = `usage: npm run tandem -- keys list [--federation <file>]

Validates the federation file and lists its municipalities with their public URL, inbox and the
key ids (kid) each may sign with; two kids mean a rotation is under way.
  --federation  default: FEDERATION_FILE, as the services read it
Exit 1: the file is invalid (the errors are printed).`;

export const keysList: Command = {
  name: 'keys list',
  summary: 'list the municipalities of a federation file with their key ids and URLs',
  usage: USAGE,
  async run(args) {
    const values = parseOptions(args, { federation: { type: 'string' } });
    const file = values.federation ?? process.env.FEDERATION_FILE;
    if (!file) throw new UsageError('give --federation <file> or set FEDERATION_FILE');
    let federation;
    try {
      federation = loadFederation({ path: file });
    } catch (error) {
      if (!(error instanceof FederationError)) throw error;
      console.error(error.message);
      return 1;
    }
    const rows = [
      ['municipality', 'country', 'url', 'inbox', 'kids'],
      ...federation.municipalities().map((m) => [m.id, m.country, m.url ?? '-', m.inboxTopic, m.jwks.keys.map((key) => key.kid).join(', ')]),
    ];
    const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
    console.log(`${file}: version ${federation.version}, ${rows.length - 1} municipalities`);
    console.log(rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd()).join('\n'));
    return 0;
  },
};
