import type { INestApplication } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { type ContractRegistry, deadLetterTopic, type EventContract, localTopic } from '@tandem/contracts';
import { ensureTopics } from '@tandem/messaging';
import { ServiceConfig } from '../config/service-config';
import { ServiceMetrics } from '../metrics/service-metrics';
import { connectInbox, type InboxTransport, type InboxTransportOptions } from './inbox-transport';
import { CONTRACT_REGISTRY, KAFKA, SERVICE_NAME } from './tokens';

/**
 * What every inbox of a service shares: its topics (and its dead letters) exist before it subscribes,
 * so a consumer never waits for the producing service to start first.
 */
export async function connectServiceInbox(
  app: INestApplication,
  inbox: Pick<InboxTransportOptions, 'name' | 'topics' | 'serves'> & Partial<InboxTransportOptions>,
  deadLetters: string[],
): Promise<InboxTransport> {
  const config = app.get(ServiceConfig);
  const kafka = app.get<Kafka>(KAFKA);
  const service = app.get<string>(SERVICE_NAME);
  await ensureTopics(kafka, [...inbox.topics, ...deadLetters], {
    partitions: config.KAFKA_TOPIC_PARTITIONS,
    replicationFactor: config.KAFKA_REPLICATION_FACTOR,
  });
  const logger = (await app.resolve(PinoLogger)).logger;
  // The group, like the inbox name, must never be renamed, or every message is applied again.
  const groupId = `${config.MUNICIPALITY_ID}.${service}.${inbox.name}`;
  const transport = connectInbox(app, {
    groupId,
    kafka,
    dataSource: app.get(DataSource),
    registry: app.get<ContractRegistry>(CONTRACT_REGISTRY),
    logger,
    ...inbox,
  });
  app.get(ServiceMetrics).watchInbox({ name: inbox.name, groupId, topics: inbox.topics, stats: () => transport.stats });
  return transport;
}

/**
 * Serves the service's `@EventPattern` handlers from the node-local topics of `contracts`, produced
 * by other services of the same node; the contracts must be among the service's `consumes`.
 */
export function connectNodeInbox(app: INestApplication, name: string, contracts: EventContract[]): Promise<InboxTransport> {
  const municipality = app.get(ServiceConfig).MUNICIPALITY_ID;
  const topics = [...new Set(contracts.map((contract) => localTopic(municipality, contract)))];
  return connectServiceInbox(app, { name, topics, serves: new Set(contracts.map((contract) => contract.type)) }, topics.map(deadLetterTopic));
}
