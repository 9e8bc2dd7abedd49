import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { ALL_CONTRACTS } from '@tandem/contracts';
import { DESTINATION_HEADER, SENDER_HEADER, SIGNATURE_HEADER } from '@tandem/federation';
import { deadLetterRecord } from '@tandem/messaging';

const REPO_ROOT = join(__dirname, '..');
const committed = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');

/** The documents as `npm run docs:api` would write them, kept in memory: the same script, with `--print`. */
async function regenerated(): Promise<Record<string, string>> {
  const tsx = join(REPO_ROOT, 'node_modules/.bin/tsx');
  const { stdout } = await promisify(execFile)(tsx, ['tools/api-catalog.ts', '--print'], { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as Record<string, string>;
}

function assertFresh(paths: string[], documents: Record<string, string>): void {
  const stale = paths.filter((path) => committed(path) !== documents[path]);
  if (stale.length > 0) throw new Error(`stale: ${stale.join(', ')}; run npm run docs:api`);
}

describe('the API documents in docs/', () => {
  let documents: Record<string, string>;
  beforeAll(async () => {
    documents = await regenerated();
  }, 120_000);

  it('docs/asyncapi.yaml matches the contracts and the services that read them', () => {
    assertFresh(['docs/asyncapi.yaml'], documents);
  });

  it('docs/openapi has one document per service, each matching its HTTP API', () => {
    const openapi = Object.keys(documents).filter((path) => path.startsWith('docs/openapi/'));
    expect(openapi.length).toBeGreaterThan(0);
    expect(readdirSync(join(REPO_ROOT, 'docs/openapi')).map((file) => `docs/openapi/${file}`).sort()).toEqual(openapi.sort());
    assertFresh(openapi, documents);
  });

  it('describes every service by its routes, behind bearer authentication', () => {
    for (const path of Object.keys(documents).filter((p) => p.startsWith('docs/openapi/'))) {
      const document = JSON.parse(documents[path]) as { paths: object; components: { securitySchemes: object } };
      expect(Object.keys(document.paths).length).toBeGreaterThan(0);
      expect(document.components.securitySchemes).toHaveProperty('bearer');
    }
  });
});

describe('docs/asyncapi.yaml headers', () => {
  type Message = { headers: { required: string[] } };
  const messages = () => (parse(committed('docs/asyncapi.yaml')) as { components: { messages: Record<string, Message> } }).components.messages;

  it('names exactly the headers a consumer adds when it dead-letters a record', () => {
    const letter = deadLetterRecord(
      {
        topic: 't',
        partition: 0,
        message: { key: null, value: null, headers: {}, offset: '0', timestamp: '0', attributes: 0 },
        consumer: 'c',
        reason: 'r',
        error: 'e',
        attempts: 1,
      },
      new Date(0),
    );
    expect([...messages()['dead-letter'].headers.required].sort()).toEqual(Object.keys(letter.messages[0].headers).sort());
  });

  it('requires the signature headers on every cross-border message', () => {
    const exchange = ALL_CONTRACTS.filter((c) => c.exchange);
    expect(exchange.length).toBeGreaterThan(0);
    for (const contract of exchange) {
      expect(messages()[contract.type].headers.required).toEqual(expect.arrayContaining([SENDER_HEADER, DESTINATION_HEADER, SIGNATURE_HEADER]));
    }
  });
});
