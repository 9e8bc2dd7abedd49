import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-contract';

/**
 * The status group outcome figures break down by. Coarser than the status intake keeps: refugees and
 * asylum seekers are one group, so the group never tells an asylum procedure apart.
 */
export const STATUS_GROUPS = ['refugee', 'migrant', 'host'] as const;
export type StatusGroup = (typeof STATUS_GROUPS)[number];

/**
 * Node-local only, on its own topic family (`<municipality>.intake.statistics.v1`) that only the outcomes
 * service reads: the group is derived from special-category data, so it never shares a topic with events
 * other services read, and never goes on the exchange (ADR 22).
 */
export const ParticipantGroupV1 = defineEvent({
  service: 'intake',
  family: 'statistics',
  name: 'participant-group',
  version: 1,
  description:
    "A participant's status group (refugee, migrant or host) at registration or after a change, for aggregate outcome figures only; " +
    'never the exact status, never on the exchange, read by the outcomes service alone.',
  schema: Type.Object({
    participantId: Type.String({ format: 'uuid' }),
    group: Type.Union(STATUS_GROUPS.map((group) => Type.Literal(group))),
  }),
  example: { participantId: '3f1c2a6e-8d4b-4f5a-9c1e-2b7d6a0e9f11', group: 'refugee' },
});
