import type { DevIssuer } from '../dev-issuer';
import { freePort } from '../free-port';
import { waitUntilReady } from '../readiness';
import { ServiceProcess } from '../service-process';
import type { MunicipalityKeys } from './federation-files';
import { NodeClient } from './node-client';
import type { NodeDatabase } from './node-database';

/** What every service of one node shares: the municipality, its keys, token issuer and run settings. */
export interface NodeSettings {
  member: MunicipalityKeys;
  federationFile: string;
  jwksFile: string;
  issuer: DevIssuer;
  kafkaBrokers: string;
  logLevel: string;
  readyTimeoutMs: number;
  /** Echo the services' output, prefixed with `<municipality>/<service>`; quiet otherwise (their last lines still show in errors). */
  echoOutput: boolean;
  env: Record<string, string>;
}

/** What one service of the node has to itself. */
export interface ServiceSettings {
  name: string;
  entry: string;
  database: NodeDatabase;
  port: number;
}

/** One service of one municipality's node running as its own process, with its own database and port. */
export class TestService {
  private current?: ServiceProcess;

  constructor(
    private readonly node: NodeSettings,
    private readonly settings: ServiceSettings,
  ) {}

  get name(): string {
    return this.settings.name;
  }

  get municipality(): string {
    return this.node.member.id;
  }

  /** `<municipality>/<service>`: prefixes its output and names it in errors. */
  get label(): string {
    return `${this.municipality}/${this.name}`;
  }

  get url(): string {
    return `http://127.0.0.1:${this.settings.port}`;
  }

  get database(): NodeDatabase {
    return this.settings.database;
  }

  get process(): ServiceProcess {
    if (!this.current) throw new Error(`${this.label} was never started`);
    return this.current;
  }

  /** Exactly what the service gets: nothing is inherited from the test's environment but PATH. */
  get env(): Record<string, string> {
    const { member, kafkaBrokers, jwksFile, logLevel, federationFile, env } = this.node;
    return {
      PATH: process.env.PATH ?? '',
      MUNICIPALITY_ID: member.id,
      COUNTRY_CODE: member.country,
      DATABASE_URL: this.database.url,
      KAFKA_BROKERS: kafkaBrokers,
      PORT: String(this.settings.port),
      AUTH_JWKS_FILE: jwksFile,
      LOG_LEVEL: logLevel,
      FEDERATION_FILE: federationFile,
      NODE_SIGNING_KEY_FILE: member.privateKeyFile,
      ...env,
    };
  }

  /** Starts the service and waits until it answers ready; a running one is left alone. */
  async start(): Promise<void> {
    if (this.current && !this.current.hasExited) return;
    const { echoOutput, readyTimeoutMs } = this.node;
    this.current = ServiceProcess.start(this.label, this.settings.entry, this.env, echoOutput ? this.label.length : undefined);
    try {
      await waitUntilReady(this.current, this.url, readyTimeoutMs);
    } catch (error) {
      await this.current.stop();
      throw error;
    }
  }

  /**
   * One more instance of this service on the same database, its own port: how a node scales out.
   * Start it, and stop it before the run's cleanup drops the database.
   */
  async anotherInstance(): Promise<TestService> {
    return new TestService(this.node, { ...this.settings, port: await freePort() });
  }

  /** SIGTERM, then SIGKILL after the grace period; the database and keys stay for a restart. */
  async stop(): Promise<void> {
    await this.current?.stop();
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** A token every service of this node accepts, for `subject` (default `<first role>-<municipality>`) holding `roles`. */
  token(roles: string[], subject = `${roles[0] ?? 'nobody'}-${this.municipality}`): Promise<string> {
    return this.node.issuer.token({ sub: subject, municipality: this.municipality, roles });
  }

  /** An HTTP client of this service calling as `subject` with `roles`. */
  async as(roles: string[], subject?: string): Promise<NodeClient> {
    return new NodeClient(this.url, await this.token(roles, subject));
  }

  /** An HTTP client of this service with a token of the caller's choosing (or none). */
  withToken(token: string | undefined): NodeClient {
    return new NodeClient(this.url, token);
  }
}
