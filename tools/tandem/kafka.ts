import type { Kafka } from 'kafkajs';
import pino from 'pino';
import { createKafkaClient } from '../../libs/messaging/src/kafka-client';

/** The broker as the services find it (KAFKA_BROKERS); the client's own warnings go to stderr. */
export function operatorKafka(env: NodeJS.ProcessEnv = process.env): Kafka {
  const brokers = (env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',').map((broker) => broker.trim()).filter(Boolean);
  const logger = pino({ level: 'warn' }, pino.destination(2));
  return createKafkaClient({ brokers, clientId: 'tandem-operator', logger });
}

export function brokersOf(env: NodeJS.ProcessEnv = process.env): string {
  return env.KAFKA_BROKERS ?? '127.0.0.1:9092';
}
