import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import type { Kafka } from 'kafkajs';
import { ensureTopics, OutboxRelay } from '@tandem/messaging';
import { ServiceConfig } from '../config/service-config';
import { ServiceMetrics } from '../metrics/service-metrics';
import { KAFKA } from './tokens';

/** Every topic the service's outbox writes to: they must exist before the relay's first batch. */
export const PRODUCED_TOPICS = Symbol('ProducedTopics');

/** Creates the service's topics, then relays its outbox for as long as the app runs. */
@Injectable()
export class OutboxRelayRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private relay?: OutboxRelay;
  private starting?: Promise<void>;

  constructor(
    private readonly config: ServiceConfig,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(PRODUCED_TOPICS) private readonly topics: string[],
    private readonly logger: PinoLogger,
    metrics: ServiceMetrics,
  ) {
    logger.setContext('OutboxRelay');
    metrics.watchRelay(() => this.relay?.stats);
  }

  /** A connected microservice (the inbox transport) bootstraps the same modules again: one relay only. */
  onApplicationBootstrap(): Promise<void> {
    this.starting ??= this.start();
    return this.starting;
  }

  private async start(): Promise<void> {
    await ensureTopics(this.kafka, this.topics, {
      partitions: this.config.KAFKA_TOPIC_PARTITIONS,
      replicationFactor: this.config.KAFKA_REPLICATION_FACTOR,
    });
    this.relay = new OutboxRelay({ databaseUrl: this.config.DATABASE_URL, kafka: this.kafka, logger: this.logger.logger });
    this.relay.start();
  }

  /** Stops the relay; committed rows wait in the outbox until it starts again. */
  async onApplicationShutdown(): Promise<void> {
    await this.starting;
    this.starting = undefined;
    await this.relay?.stop();
  }
}
