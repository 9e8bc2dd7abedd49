import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { UnknownMunicipalityError } from './federation';
import { FederationError } from './federation-error';
import { loadFederation } from './load-federation';
import { DEMO_FEDERATION_FILE } from './test-support/federation-fixtures';

type Entry = Record<string, unknown> & { jwks: { keys: Array<Record<string, unknown>> } };
type FileContent = { version: unknown; municipalities: Entry[] };

const demoText = readFileSync(DEMO_FEDERATION_FILE, 'utf8');

function demoContent(): FileContent {
  return parse(demoText) as FileContent;
}

/** The errors a federation file made from the demo file by `breakIt` is rejected with. */
function rejectionOf(breakIt: (file: FileContent) => void): string[] {
  const file = demoContent();
  breakIt(file);
  try {
    loadFederation({ text: stringify(file), origin: 'broken.yaml' });
  } catch (error) {
    if (error instanceof FederationError) return [...error.errors];
    throw error;
  }
  throw new Error('the broken federation file was accepted');
}

describe('loading a federation file', () => {
  it('accepts the demo federation and answers questions about its municipalities', () => {
    const federation = loadFederation({ path: DEMO_FEDERATION_FILE });
    expect(federation.version).toBe(1);
    expect(federation.municipalities().map((entry) => entry.id)).toEqual(['de-goerlitz', 'pl-zgorzelec']);
    expect(federation.municipality('de-goerlitz')).toMatchObject({ country: 'DE', displayName: 'Görlitz', languages: ['de'], url: 'http://127.0.0.1:3104' });
    expect(federation.inboxTopic('pl-zgorzelec')).toBe('xb.pl-zgorzelec.inbox.v1');
    expect(federation.publicKeys('pl-zgorzelec')).toEqual([expect.objectContaining({ kty: 'OKP', crv: 'Ed25519' })]);
  });

  it('accepts the same content written as JSON', () => {
    const federation = loadFederation({ text: JSON.stringify(demoContent()) });
    expect(federation.has('pl-zgorzelec')).toBe(true);
  });

  it('names a municipality that is not in the file', () => {
    const federation = loadFederation({ path: DEMO_FEDERATION_FILE });
    expect(federation.has('cz-liberec')).toBe(false);
    expect(() => federation.publicKeys('cz-liberec')).toThrow(UnknownMunicipalityError);
  });

  it('does not let callers change the loaded federation', () => {
    const federation = loadFederation({ path: DEMO_FEDERATION_FILE });
    federation.publicKeys('de-goerlitz').pop();
    expect(federation.publicKeys('de-goerlitz')).toHaveLength(1);
  });

  it('rejects a municipality listed twice', () => {
    const errors = rejectionOf((file) => file.municipalities.push(structuredClone(file.municipalities[0]!)));
    expect(errors).toContain('municipalities[2] (de-goerlitz): id de-goerlitz is listed more than once');
  });

  it('rejects an inbox topic that is not xb.<id>.inbox.v1', () => {
    const errors = rejectionOf((file) => (file.municipalities[1]!.inboxTopic = 'xb.pl-zgorzelec.inbox'));
    expect(errors).toEqual(['municipalities[1] (pl-zgorzelec).inboxTopic: must be xb.pl-zgorzelec.inbox.v1, got xb.pl-zgorzelec.inbox']);
  });

  it('rejects a private key in the file and says to replace it', () => {
    const errors = rejectionOf((file) => (file.municipalities[0]!.jwks.keys[0]!['d'] = 'te_7KtEOst3gL6PtjjG58fKpiojDBcNiPo6tVzRQP14'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^municipalities\[0\] \(de-goerlitz\)\.jwks\.keys\[0\] \(kid [\w-]+\): holds private key material \(d\)/);
    expect(errors[0]).toMatch(/compromised/);
  });

  it('rejects an entry with a missing field, naming the entry and the field', () => {
    const errors = rejectionOf((file) => delete file.municipalities[1]!['displayName']);
    expect(errors).toEqual(['municipalities[1] (pl-zgorzelec): missing required field displayName']);
  });

  it('rejects a key that is not a public Ed25519 signing key', () => {
    const errors = rejectionOf((file) => Object.assign(file.municipalities[0]!.jwks.keys[0]!, { crv: 'X25519', use: 'enc' }));
    expect(errors).toEqual([
      expect.stringMatching(/^municipalities\[0\] \(de-goerlitz\)\.jwks\.keys\[0\] \(kid [\w-]+\)\.crv: must be "Ed25519"$/),
      expect.stringMatching(/\.use: must be "sig"$/),
    ]);
  });

  it('rejects one public key listed for two municipalities', () => {
    const errors = rejectionOf((file) => {
      file.municipalities[1]!.jwks.keys[0]!['x'] = file.municipalities[0]!.jwks.keys[0]!['x'];
    });
    expect(errors).toEqual([expect.stringMatching(/^municipalities\[1\] \(pl-zgorzelec\).*same public key is listed for de-goerlitz$/)]);
  });

  it('rejects a node URL that is not an http(s) URL', () => {
    const errors = rejectionOf((file) => {
      file.municipalities[0]!['url'] = 'ftp://goerlitz.example';
    });
    expect(errors.join('\n')).toMatch(/url/);
  });

  it('rejects a country that does not match the id', () => {
    const errors = rejectionOf((file) => (file.municipalities[1]!.country = 'DE'));
    expect(errors).toEqual(["municipalities[1] (pl-zgorzelec).country: DE does not match the id's country prefix"]);
  });

  it('rejects unknown fields and versions it does not know', () => {
    const errors = rejectionOf((file) => {
      file.version = 2;
      file.municipalities[0]!['inbox_topic'] = 'xb.de-goerlitz.inbox.v1';
    });
    expect(errors).toEqual(expect.arrayContaining(['version: must be 1', 'municipalities[0] (de-goerlitz): unknown field inbox_topic']));
  });

  it('rejects text that is not YAML, and a file that cannot be read', () => {
    expect(() => loadFederation({ text: 'version: 1\n  municipalities: [' })).toThrow(/is not valid YAML/);
    expect(() => loadFederation({ path: '/nonexistent/federation.yaml' })).toThrow(/cannot be read/);
  });
});
