import { inboxTopicOf, MessageSigner, type PrivateSigningJwk } from '@tandem/federation';
import type { DevIssuer } from '../dev-issuer';
import type { ServiceProcess } from '../service-process';
import type { NodeClient } from './node-client';
import type { NodeDatabase } from './node-database';
import type { NodeSettings, TestService } from './test-service';

/**
 * One municipality's node: its services, each its own process with its own database and port,
 * sharing the node's token issuer, federation file and signing key. The service getters and
 * methods here (url, database, as(), restart(), ...) are those of its intake service.
 */
export class TestNode {
  constructor(
    private readonly settings: NodeSettings,
    readonly services: readonly TestService[],
  ) {}

  get municipality(): string {
    return this.settings.member.id;
  }

  get country(): string {
    return this.settings.member.country;
  }

  get inboxTopic(): string {
    return inboxTopicOf(this.municipality);
  }

  /** Mints tokens this node accepts; with another municipality's claim, tokens it must refuse. */
  get issuer(): DevIssuer {
    return this.settings.issuer;
  }

  /** The node's private signing key, for tests that craft messages this node really signed. */
  get signingKey(): PrivateSigningJwk {
    return this.settings.member.privateKey;
  }

  /** Signs records exactly as this node does; `sign(record, destination)` may name any destination. */
  signer(): Promise<MessageSigner> {
    return MessageSigner.create({ municipality: this.municipality, privateKey: this.signingKey });
  }

  service(name: string): TestService {
    const found = this.services.find((service) => service.name === name);
    if (!found) throw new Error(`${this.municipality} runs no ${name} service; it runs ${this.services.map((s) => s.name).join(', ')}`);
    return found;
  }

  get url(): string {
    return this.intake.url;
  }

  get database(): NodeDatabase {
    return this.intake.database;
  }

  get process(): ServiceProcess {
    return this.intake.process;
  }

  get env(): Record<string, string> {
    return this.intake.env;
  }

  start(): Promise<void> {
    return this.intake.start();
  }

  stopProcess(): Promise<void> {
    return this.intake.stop();
  }

  restart(): Promise<void> {
    return this.intake.restart();
  }

  token(roles: string[], subject?: string): Promise<string> {
    return this.intake.token(roles, subject);
  }

  as(roles: string[], subject?: string): Promise<NodeClient> {
    return this.intake.as(roles, subject);
  }

  withToken(token: string | undefined): NodeClient {
    return this.intake.withToken(token);
  }

  private get intake(): TestService {
    return this.service('intake');
  }
}
