import type { EventContract } from './event-contract';
import { ConsentGrantedV1 } from './intake/consent-granted.v1';
import { ConsentWithdrawnV1 } from './intake/consent-withdrawn.v1';
import { ParticipantRegisteredV1 } from './intake/participant-registered.v1';

export * from './event-contract';
export * from './cloud-event';
export * from './contract-registry';
export * from './common-schemas';
export { ParticipantRegisteredV1, ConsentGrantedV1, ConsentWithdrawnV1 };

/** Every event type Tandem publishes; the AsyncAPI catalog and the registries are built from this list. */
export const ALL_CONTRACTS: readonly EventContract[] = [ParticipantRegisteredV1, ConsentGrantedV1, ConsentWithdrawnV1];
export { renderEventCatalog } from './event-catalog';
