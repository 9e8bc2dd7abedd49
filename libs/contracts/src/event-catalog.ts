import type { EventContract } from './event-contract';

const TOPIC_PATTERN = (contract: EventContract) =>
  contract.exchange
    ? 'xb.<destination>.inbox.v1'
    : `<municipality>.${contract.service}.${contract.family}.v${contract.version}`;

function section(contract: EventContract): string {
  return [
    `## \`${contract.type}\``,
    '',
    contract.description,
    '',
    `- producer: ${contract.service}`,
    `- topic: \`${TOPIC_PATTERN(contract)}\` (key and \`ce_subject\`: the aggregate id)`,
    ...(contract.exchange ? ['- cross-border: signed by the sending node (`xb_sender`, `xb_destination`, `xb_signature`)'] : []),
    `- version: ${contract.version}`,
    '',
    'Schema (JSON Schema; unknown fields are allowed and must be ignored by consumers):',
    '',
    '```json',
    JSON.stringify(contract.schema, null, 2),
    '```',
    '',
    'Example `data`:',
    '',
    '```json',
    JSON.stringify(contract.example, null, 2),
    '```',
    '',
  ].join('\n');
}

/** The Markdown event catalog in docs/, rendered from the contracts so it cannot drift from them. */
export function renderEventCatalog(contracts: readonly EventContract[]): string {
  const header = [
    '# Event catalog',
    '',
    'Generated from `libs/contracts` by `npm run docs:events`; do not edit by hand.',
    'Every event is a CloudEvents 1.0 record in Kafka binary mode: attributes in `ce_*` headers',
    '(`ce_id`, `ce_source` = `urn:tandem:<municipality>:<service>`, `ce_type`, `ce_time`, `ce_subject`),',
    '`traceparent` when present, `content-type: application/json`, and the JSON `data` as the value.',
    'The same catalog as AsyncAPI 3.0, with channels and who sends and receives what: [asyncapi.yaml](asyncapi.yaml) (`npm run docs:api`).',
    '',
    '| type | topic |',
    '| --- | --- |',
    ...contracts.map((c) => `| \`${c.type}\` | \`${TOPIC_PATTERN(c)}\` |`),
    '',
  ];
  return [...header, ...contracts.map(section)].join('\n');
}
