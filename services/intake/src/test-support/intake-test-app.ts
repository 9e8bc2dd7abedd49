import { deadLetterTopic, exchangeInboxTopic } from '@tandem/contracts';
import { createKafkaClient } from '@tandem/messaging';
import { readTopic, type RunFederation, ServiceTestApp, uniqueName } from '@tandem/devkit';
import { buildService, ServiceConfig } from '@tandem/platform';
import pino from 'pino';
import { INTAKE } from '../service';

/** The intake service in-process, serving its exchange inbox; callers are caseworker Anna unless they say otherwise. */
export class IntakeTestApp extends ServiceTestApp {
  /** Two nodes of one federation, e.g. to follow a referral from one to the other. */
  static async startPair(): Promise<[IntakeTestApp, IntakeTestApp]> {
    const { federation, ids } = await ServiceTestApp.federationOfTwo();
    const nodes = await Promise.all(ids.map((municipality) => IntakeTestApp.start({}, { municipality, federation })));
    return nodes as [IntakeTestApp, IntakeTestApp];
  }

  /** One node; unless given a federation, it gets one of its own with a partner node that never runs. */
  static start(overrides: Record<string, string> = {}, node?: { municipality: string; federation: RunFederation }): Promise<IntakeTestApp> {
    return IntakeTestApp.boot({
      service: 'intake',
      node,
      overrides,
      async create(settings) {
        const { app } = await buildService(INTAKE, settings);
        await app.init();
        return app;
      },
    });
  }

  get config(): ServiceConfig {
    return this.app.get(ServiceConfig);
  }

  override token(roles: string[] = ['caseworker'], subject = 'caseworker-anna', municipality = this.municipality): Promise<string> {
    return super.token(roles, subject, municipality);
  }

  /** HTTP calls as `subject`, e.g. `(await intake.as(['admin'], 'admin-clara')).post('/referrals').send(body)`. */
  override as(roles: string[] = ['caseworker'], subject = 'caseworker-anna') {
    return super.as(roles, subject);
  }

  /** Everything the service published on one of its node-local topics (`participant`, `referral`), as stored in Kafka. */
  readLocalTopic(family: 'participant' | 'referral' | 'statistics') {
    return this.readTopic(`${this.municipality}.intake.${family}.v1`);
  }

  /** What the exchange inbox of this node moved aside, with the `dlq_*` headers that say why. */
  readExchangeDeadLetters() {
    return this.readTopic(deadLetterTopic(exchangeInboxTopic(this.municipality)));
  }

  /** Whether the exchange inbox has applied a message: its effects commit with this row, so they are all visible now. */
  async hasApplied(eventId: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM inbox WHERE consumer = 'exchange-inbox' AND event_id = $1`, [eventId]);
    return rows.length > 0;
  }

  private readTopic(topic: string) {
    const kafka = createKafkaClient({
      brokers: this.config.KAFKA_BROKERS.split(','),
      clientId: uniqueName('reader'),
      logger: pino({ level: 'silent' }),
    });
    return readTopic(kafka, topic);
  }
}
