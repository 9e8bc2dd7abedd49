import { inboxTopicOf, MessageSigner, type PrivateSigningJwk } from '@tandem/federation';
import type { DevIssuer } from '../dev-issuer';
import { waitUntilReady } from '../readiness';
import { ServiceProcess } from '../service-process';
import type { MunicipalityKeys } from './federation-files';
import { NodeClient } from './node-client';
import type { NodeDatabase } from './node-database';

export interface TestNodeSettings {
  member: MunicipalityKeys;
  federationFile: string;
  jwksFile: string;
  issuer: DevIssuer;
  database: NodeDatabase;
  port: number;
  kafkaBrokers: string;
  entry: string;
  logLevel: string;
  readyTimeoutMs: number;
  /** Echo the service's output, prefixed with its municipality; quiet otherwise (its last lines still show in errors). */
  echoOutput: boolean;
  env: Record<string, string>;
}

/** One municipality's intake service running as its own process, with its own database, token issuer and signing key. */
export class TestNode {
  private current?: ServiceProcess;

  constructor(private readonly settings: TestNodeSettings) {}

  get municipality(): string {
    return this.settings.member.id;
  }

  get country(): string {
    return this.settings.member.country;
  }

  get url(): string {
    return `http://127.0.0.1:${this.settings.port}`;
  }

  get inboxTopic(): string {
    return inboxTopicOf(this.municipality);
  }

  /** Mints tokens this node accepts; with another municipality's claim, tokens it must refuse. */
  get issuer(): DevIssuer {
    return this.settings.issuer;
  }

  get database(): NodeDatabase {
    return this.settings.database;
  }

  /** The node's private signing key, for tests that craft messages this node really signed. */
  get signingKey(): PrivateSigningJwk {
    return this.settings.member.privateKey;
  }

  get process(): ServiceProcess {
    if (!this.current) throw new Error(`${this.municipality} was never started`);
    return this.current;
  }

  /** Exactly what the service gets: nothing is inherited from the test's environment but PATH. */
  get env(): Record<string, string> {
    const { member, database, port } = this.settings;
    return {
      PATH: process.env.PATH ?? '',
      MUNICIPALITY_ID: member.id,
      COUNTRY_CODE: member.country,
      DATABASE_URL: database.url,
      KAFKA_BROKERS: this.settings.kafkaBrokers,
      PORT: String(port),
      AUTH_JWKS_FILE: this.settings.jwksFile,
      LOG_LEVEL: this.settings.logLevel,
      FEDERATION_FILE: this.settings.federationFile,
      NODE_SIGNING_KEY_FILE: member.privateKeyFile,
      ...this.settings.env,
    };
  }

  /** Starts the service and waits until it answers ready; a running one is left alone. */
  async start(): Promise<void> {
    if (this.current && !this.current.hasExited) return;
    const { entry, echoOutput, readyTimeoutMs } = this.settings;
    this.current = ServiceProcess.start(this.municipality, entry, this.env, echoOutput ? this.municipality.length : undefined);
    try {
      await waitUntilReady(this.current, this.url, readyTimeoutMs);
    } catch (error) {
      await this.current.stop();
      throw error;
    }
  }

  /** SIGTERM, then SIGKILL after the grace period; the database and keys stay for a restart. */
  async stopProcess(): Promise<void> {
    await this.current?.stop();
  }

  async restart(): Promise<void> {
    await this.stopProcess();
    await this.start();
  }

  /** A token this node accepts, for `subject` (default `<first role>-<municipality>`) holding `roles`. */
  token(roles: string[], subject = `${roles[0] ?? 'nobody'}-${this.municipality}`): Promise<string> {
    return this.settings.issuer.token({ sub: subject, municipality: this.municipality, roles });
  }

  /** An HTTP client of this node calling as `subject` with `roles`. */
  async as(roles: string[], subject?: string): Promise<NodeClient> {
    return new NodeClient(this.url, await this.token(roles, subject));
  }

  /** An HTTP client of this node with a token of the caller's choosing (or none). */
  withToken(token: string | undefined): NodeClient {
    return new NodeClient(this.url, token);
  }

  /** Signs records exactly as this node does; `sign(record, destination)` may name any destination. */
  signer(): Promise<MessageSigner> {
    return MessageSigner.create({ municipality: this.municipality, privateKey: this.signingKey });
  }
}
