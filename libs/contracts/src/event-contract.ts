import type { Static, TSchema } from '@sinclair/typebox';

export type ServiceName = 'intake' | 'training' | 'support' | 'placement' | 'recognition' | 'outcomes';

/**
 * One event type at one major version: the single place its shape, example and topic are declared.
 * Schemas leave `additionalProperties` open so consumers tolerate fields added in minor revisions;
 * a breaking change is a new contract with `version + 1`, published alongside the old one.
 */
export interface EventContract<S extends TSchema = TSchema> {
  /** CloudEvents `type`, e.g. `tandem.intake.participant-registered.v1`. */
  readonly type: string;
  readonly service: ServiceName;
  /** Aggregate family: events of one family share a node-local topic, keyed by aggregate id. */
  readonly family: string;
  readonly version: number;
  /** True for messages between nodes: signed, and written to the destination's `xb.<municipality>.inbox.v1`. */
  readonly exchange: boolean;
  readonly description: string;
  readonly schema: S;
  readonly example: Static<S>;
}

export interface EventContractSpec<S extends TSchema> {
  service: ServiceName;
  family: string;
  name: string;
  version: number;
  exchange?: boolean;
  description: string;
  schema: S;
  example: Static<S>;
}

export function defineEvent<S extends TSchema>(spec: EventContractSpec<S>): EventContract<S> {
  return {
    type: `tandem.${spec.service}.${spec.name}.v${spec.version}`,
    service: spec.service,
    family: spec.family,
    version: spec.version,
    exchange: spec.exchange ?? false,
    description: spec.description,
    schema: spec.schema,
    example: spec.example,
  };
}

/** The node-local topic of a contract's family, e.g. `de-goerlitz.intake.participant.v1`. */
export function localTopic(municipality: string, contract: EventContract): string {
  return `${municipality}.${contract.service}.${contract.family}.v${contract.version}`;
}

/** The inbox of a municipality on the exchange: every node writes its cross-border messages for it there. */
export function exchangeInboxTopic(municipality: string): string {
  return `xb.${municipality}.inbox.v1`;
}

/** Where a consumer parks what it cannot apply. */
export function deadLetterTopic(topic: string): string {
  return `${topic}.dlq`;
}
