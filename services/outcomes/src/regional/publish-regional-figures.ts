import { type BeforeApplicationShutdown, Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { RegionalFiguresV1 } from '@tandem/contracts';
import { Federation } from '@tandem/federation';
import { AuditLog, CLOCK, type Clock, CrossBorder, type Principal } from '@tandem/platform';
import { OutcomesConfig } from '../config';
import { OUTCOME_REPORTING, ReadFigures } from '../figures/read-figures';

/**
 * Sends the node's figures, suppressed exactly as its own dashboard shows them, to every partner of the
 * federation: once at start, then every OUTCOMES_REGIONAL_INTERVAL_MINUTES, and when an admin asks.
 * Through the outbox, signed, so a message is never lost when the broker is down; each instance of the
 * service sends its own copy, and a partner keeps the newest.
 */
@Injectable()
export class PublishRegionalFigures implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private started = false;
  private timer?: NodeJS.Timeout;
  private round: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly readFigures: ReadFigures,
    private readonly crossBorder: CrossBorder,
    private readonly federation: Federation,
    private readonly audit: AuditLog,
    private readonly config: OutcomesConfig,
    private readonly logger: PinoLogger,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    logger.setContext('PublishRegionalFigures');
  }

  /**
   * The partners the figures go to, and the day they are computed for. A publication an admin asked for
   * is audited with the sending: the node's figures leave it on that person's word.
   */
  async execute(actor?: Principal): Promise<{ asOf: string; sentTo: string[] }> {
    const figures = await this.readFigures.compute({});
    const partners = this.federation
      .municipalities()
      .map((member) => member.id)
      .filter((id) => this.crossBorder.isPartner(id));
    const data = { municipality: figures.municipality, asOf: figures.asOf, publishedAt: this.clock().toISOString(), minCell: figures.minCell, tables: figures.tables };
    await this.dataSource.transaction(async (manager) => {
      for (const to of partners) await this.crossBorder.send(manager, { contract: RegionalFiguresV1, to, subject: figures.municipality, data });
      if (actor) {
        await this.audit.record(manager, { actor, action: 'publish', resourceType: 'regional-figures', resourceId: figures.asOf, purpose: OUTCOME_REPORTING });
      }
    });
    return { asOf: figures.asOf, sentTo: partners };
  }

  /** A connected microservice (the inbox transport) bootstraps the same modules again: one loop only. */
  onApplicationBootstrap(): void {
    if (this.started) return;
    this.started = true;
    this.round = this.publish();
    this.timer = setInterval(() => {
      this.round = this.publish();
    }, this.config.OUTCOMES_REGIONAL_INTERVAL_MINUTES * 60_000);
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.round;
  }

  private async publish(): Promise<void> {
    try {
      const { sentTo } = await this.execute();
      this.logger.info({ partners: sentTo.length }, 'regional figures sent');
    } catch (error) {
      this.logger.warn({ err: error }, 'regional figures not sent; the next round sends them');
    }
  }
}
