import type { INestApplication } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { type ContractRegistry, deadLetterTopic } from '@tandem/contracts';
import { Federation, MessageVerifier } from '@tandem/federation';
import { ensureTopics } from '@tandem/messaging';
import { ServiceConfig } from '../config/service-config';
import { connectInbox, type InboxTransport } from '../messaging/inbox-transport';
import { CONTRACT_REGISTRY, KAFKA, SERVICE_NAME } from '../messaging/tokens';
import { exchangeRecordVerifier } from './exchange-record-verifier';

/**
 * Serves the service's `@EventPattern` handlers from this node's exchange inbox: every record is
 * verified against the federation file first, and a replayed message id is dead-lettered, never applied.
 * Creates the federation's inbox topics that are missing, so messages to a partner never wait for it
 * to start; on an exchange whose operator creates them, this finds them all present.
 */
export async function connectExchangeInbox(app: INestApplication): Promise<InboxTransport> {
  const config = app.get(ServiceConfig);
  const federation = app.get(Federation);
  const kafka = app.get<Kafka>(KAFKA);
  const service = app.get<string>(SERVICE_NAME);
  const inbox = federation.inboxTopic(config.MUNICIPALITY_ID);
  const inboxes = federation.municipalities().map((member) => member.inboxTopic);
  await ensureTopics(kafka, [...inboxes, deadLetterTopic(inbox)], {
    partitions: config.KAFKA_TOPIC_PARTITIONS,
    replicationFactor: config.KAFKA_REPLICATION_FACTOR,
  });
  const logger = (await app.resolve(PinoLogger)).logger;
  return connectInbox(app, {
    // The inbox key and group of this consumer: never rename them, or every message is applied again.
    name: 'exchange-inbox',
    groupId: `${config.MUNICIPALITY_ID}.${service}.exchange-inbox`,
    topics: [inbox],
    kafka,
    dataSource: app.get(DataSource),
    registry: app.get<ContractRegistry>(CONTRACT_REGISTRY),
    logger,
    verify: exchangeRecordVerifier(new MessageVerifier(federation, config.MUNICIPALITY_ID)),
    rejectReplays: true,
    // Each referral keeps its order within its partition; partitions need not wait for each other.
    partitionsConcurrently: config.KAFKA_TOPIC_PARTITIONS,
  });
}
