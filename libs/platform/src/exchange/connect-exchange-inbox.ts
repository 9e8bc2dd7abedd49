import type { INestApplication } from '@nestjs/common';
import { ALL_CONTRACTS, deadLetterTopic } from '@tandem/contracts';
import { Federation, MessageVerifier } from '@tandem/federation';
import { ServiceConfig } from '../config/service-config';
import { connectServiceInbox } from '../messaging/connect-node-inbox';
import type { InboxTransport } from '../messaging/inbox-transport';
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
  const inbox = federation.inboxTopic(config.MUNICIPALITY_ID);
  const inboxes = federation.municipalities().map((member) => member.inboxTopic);
  return connectServiceInbox(
    app,
    {
      // The inbox key of this consumer: never rename it, or every message is applied again.
      name: 'exchange-inbox',
      topics: [inbox],
      // Cross-border messages only: a partner can sign anything, but never a node-local event of ours.
      serves: new Set(ALL_CONTRACTS.filter((contract) => contract.exchange).map((contract) => contract.type)),
      verify: exchangeRecordVerifier(new MessageVerifier(federation, config.MUNICIPALITY_ID)),
      rejectReplays: true,
      // Each referral keeps its order within its partition; partitions need not wait for each other.
      partitionsConcurrently: config.KAFKA_TOPIC_PARTITIONS,
    },
    [...inboxes.filter((topic) => topic !== inbox), deadLetterTopic(inbox)],
  );
}
