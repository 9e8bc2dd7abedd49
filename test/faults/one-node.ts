import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importJWK, type JWK, type KeyLike } from 'jose';
import {
  builtServiceEntry,
  createTestDatabase,
  DevIssuer,
  freePort,
  NodeDatabase,
  TestService,
  uniqueName,
  writeRunFederation,
} from '@tandem/devkit';

/** A route of each service that needs a token, and that a caseworker or an admin may call. */
export const PROTECTED_ROUTES: Record<string, string> = {
  intake: '/cases',
  training: '/programs',
  support: '/support-types',
  placement: '/employers',
  recognition: '/agreements',
  outcomes: '/figures',
};

/**
 * One municipality's node, each service its own built process on its own database, whose token issuer
 * keeps its private key on disk: fault tests sign tokens with it that the dev issuer would never mint.
 */
export class OneNode {
  private constructor(
    readonly municipality: string,
    readonly services: TestService[],
    readonly issuer: DevIssuer,
    /** The issuer's private key and key id. */
    readonly signingKey: { key: KeyLike; kid: string; publicJwk: JWK },
    private readonly databases: NodeDatabase[],
    private readonly dir: string,
  ) {}

  static async start(label: string, names: string[], env: Record<string, string> = {}): Promise<OneNode> {
    const dir = await mkdtemp(join(tmpdir(), `tandem-${label}-`));
    const municipality = `de-${uniqueName(label)}`;
    const ports = new Map(await Promise.all(names.map(async (name) => [name, await freePort()] as const)));
    const recognitionPort = ports.get('recognition');
    // A node is found at its recognition service; `.test` is reserved, so without one it leads nowhere.
    const url = recognitionPort ? `http://127.0.0.1:${recognitionPort}` : `https://${municipality}.tandem.test`;
    const federation = await writeRunFederation(dir, [{ id: municipality, country: 'DE', displayName: municipality, languages: ['de'], url }]);
    const [member] = federation.members;
    const federationFile = federation.file;
    const issuer = await DevIssuer.loadOrCreate(join(dir, 'issuer'));
    const settings = {
      member,
      federationFile,
      jwksFile: join(dir, 'issuer', 'jwks.json'),
      issuer,
      kafkaBrokers: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
      logLevel: 'warn',
      readyTimeoutMs: 120_000,
      echoOutput: process.env.TANDEM_ECHO_NODES === '1',
      env,
    };
    const databases = await Promise.all(names.map((name) => createTestDatabase(`${label}_${name}`).then((db) => new NodeDatabase(db))));
    const services = names.map(
      (name, index) => new TestService(settings, { name, entry: builtServiceEntry(name), database: databases[index] as NodeDatabase, port: ports.get(name) as number }),
    );
    const privateJwk = JSON.parse(await readFile(join(dir, 'issuer', 'private.jwk.json'), 'utf8')) as JWK;
    const signingKey = { key: (await importJWK(privateJwk, 'EdDSA')) as KeyLike, kid: String(privateJwk.kid), publicJwk: issuer.jwks().keys[0] as JWK };
    const node = new OneNode(municipality, services, issuer, signingKey, databases, dir);
    try {
      await Promise.all(services.map((service) => service.start()));
    } catch (error) {
      await node.stop();
      throw error;
    }
    return node;
  }

  service(name: string): TestService {
    const found = this.services.find((service) => service.name === name);
    if (!found) throw new Error(`this node runs no ${name}`);
    return found;
  }

  /** Processes first, then their databases and the key files. */
  async stop(): Promise<void> {
    await Promise.all(this.services.map((service) => service.stop()));
    for (const database of this.databases) {
      await database.close();
      await database.drop();
    }
    await rm(this.dir, { recursive: true, force: true });
  }
}
