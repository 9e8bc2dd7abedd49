import { Kafka, logLevel } from 'kafkajs';
import type { Logger } from './logger';

export interface KafkaClientOptions {
  brokers: string[];
  /** Names this service on this node, e.g. `de-goerlitz.intake`; never shared between services. */
  clientId: string;
  logger: Logger;
}

const LEVELS: Record<number, keyof Logger> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/** A kafkajs client whose own log lines go through the service's structured logger. */
export function createKafkaClient(options: KafkaClientOptions): Kafka {
  return new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    logLevel: logLevel.WARN,
    retry: { initialRetryTime: 200, retries: 8 },
    logCreator: () => (entry) => {
      const method = LEVELS[entry.level] ?? 'info';
      const { message, ...fields } = entry.log;
      options.logger[method]({ kafka: entry.namespace, ...fields }, message);
    },
  });
}
