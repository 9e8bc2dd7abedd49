import { stringify } from 'yaml';
import { asyncApiMessage, DEAD_LETTER_MESSAGE } from './asyncapi-messages';
import { deadLetterTopic, type EventContract, exchangeInboxTopic, localTopic, type ServiceName } from './event-contract';

/** What a service reads, by event type: its `@EventPattern` handlers. What it publishes is each contract's `service`. */
export interface ServiceConsumption {
  service: ServiceName;
  consumes: readonly string[];
}

interface Channel {
  id: string;
  address: string;
  description: string;
  contracts: EventContract[];
}

const MUNICIPALITY = '{municipality}';
const DEAD_LETTER = 'dead-letter';

/** Exchange contracts travel on the destination's inbox, all others on their family's node-local topic. */
function channelOf(contract: EventContract): Omit<Channel, 'contracts'> {
  if (contract.exchange) {
    return {
      id: 'xb.inbox.v1',
      address: exchangeInboxTopic(MUNICIPALITY),
      description: "A municipality's inbox on the exchange: other nodes write their signed messages for it here.",
    };
  }
  const address = localTopic(MUNICIPALITY, contract);
  return {
    id: address.slice(MUNICIPALITY.length + 1),
    address,
    description: `Node-local topic of ${contract.service}'s ${contract.family} events, keyed by aggregate id.`,
  };
}

function channelsOf(contracts: readonly EventContract[]): Channel[] {
  const channels = new Map<string, Channel>();
  for (const contract of contracts) {
    const channel = channelOf(contract);
    const existing = channels.get(channel.id) ?? { ...channel, contracts: [] };
    existing.contracts.push(contract);
    channels.set(channel.id, existing);
  }
  return [...channels.values()];
}

const municipalityParameter = {
  description: "The node's MUNICIPALITY_ID (for xb.*: the destination's), e.g. de-goerlitz.",
  examples: ['de-goerlitz', 'pl-zgorzelec'],
};

function channelObject(channel: Channel) {
  return {
    address: channel.address,
    description: channel.description,
    parameters: { municipality: municipalityParameter },
    messages: Object.fromEntries(channel.contracts.map((c) => [c.type, { $ref: `#/components/messages/${c.type}` }])),
  };
}

function deadLetterChannel(channel: Channel) {
  return {
    address: deadLetterTopic(channel.address),
    description: `Where consumers of ${channel.address} park what they cannot apply, after their retries.`,
    parameters: { municipality: municipalityParameter },
    messages: { [DEAD_LETTER]: { $ref: `#/components/messages/${DEAD_LETTER}` } },
  };
}

function operation(action: 'send' | 'receive', channelId: string, messageIds: string[], summary: string) {
  return {
    action,
    summary,
    channel: { $ref: `#/channels/${channelId}` },
    messages: messageIds.map((id) => ({ $ref: `#/channels/${channelId}/messages/${id}` })),
  };
}

/** A service's operations: what it publishes, what it reads, and the dead letters of what it reads. */
function operationsOf(service: ServiceName, channels: Channel[], consumes: ReadonlySet<string>): Array<[string, unknown]> {
  const result: Array<[string, unknown]> = [];
  for (const channel of channels) {
    const sent = channel.contracts.filter((c) => c.service === service).map((c) => c.type);
    const read = channel.contracts.filter((c) => consumes.has(c.type)).map((c) => c.type);
    if (sent.length > 0) result.push([`${service}.send.${channel.id}`, operation('send', channel.id, sent, `${service} publishes`)]);
    if (read.length === 0) continue;
    result.push([`${service}.receive.${channel.id}`, operation('receive', channel.id, read, `${service} reads, through its inbox`)]);
    const dlq = deadLetterTopic(channel.id);
    result.push([`${service}.send.${dlq}`, operation('send', dlq, [DEAD_LETTER], `${service} dead-letters what it cannot apply`)]);
  }
  return result;
}

/** The AsyncAPI 3.0 document of every contract: channels per topic, messages with their envelope, operations per service. */
export function buildAsyncApi(contracts: readonly EventContract[], services: readonly ServiceConsumption[]): Record<string, unknown> {
  const known = new Set(contracts.map((c) => c.type));
  for (const { service, consumes } of services) {
    const unknown = consumes.filter((type) => !known.has(type));
    if (unknown.length > 0) throw new Error(`${service} reads event types no contract declares: ${unknown.join(', ')}`);
  }
  const channels = channelsOf(contracts);
  const consumed = new Set(services.flatMap((s) => s.consumes));
  const withDeadLetters = channels.filter((channel) => channel.contracts.some((c) => consumed.has(c.type)));
  const names = [...new Set([...contracts.map((c) => c.service), ...services.map((s) => s.service)])].sort();
  const consumesOf = (service: ServiceName) => new Set(services.filter((s) => s.service === service).flatMap((s) => s.consumes));
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Tandem events',
      version: '1',
      description: [
        'Generated from `libs/contracts` and the services\' inbox handlers by `npm run docs:api`; do not edit by hand.',
        'Every event is a CloudEvents 1.0 record in Kafka binary mode: attributes in `ce_*` headers, the JSON `data` as the value,',
        'the aggregate id as the key. Delivery is at least once; consumers deduplicate by `ce_id`.',
      ].join('\n'),
    },
    defaultContentType: 'application/json',
    channels: Object.fromEntries([
      ...channels.map((channel) => [channel.id, channelObject(channel)]),
      ...withDeadLetters.map((channel) => [deadLetterTopic(channel.id), deadLetterChannel(channel)]),
    ]),
    operations: Object.fromEntries(names.flatMap((service) => operationsOf(service, channels, consumesOf(service)))),
    components: {
      messages: Object.fromEntries([...contracts.map((c) => [c.type, asyncApiMessage(c)]), [DEAD_LETTER, DEAD_LETTER_MESSAGE]]),
    },
  };
}

/** docs/asyncapi.yaml: stable for the same input, so a stale file shows as a diff. */
export function renderAsyncApi(contracts: readonly EventContract[], services: readonly ServiceConsumption[]): string {
  return stringify(buildAsyncApi(contracts, services), { lineWidth: 0, aliasDuplicateObjects: false });
}
