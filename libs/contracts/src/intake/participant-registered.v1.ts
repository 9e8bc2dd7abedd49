import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-contract';
import { CefrLevel, MunicipalityId } from '../common-schemas';

/** Carries no name, birth date, gender or status: those stay in the node's database. */
export const ParticipantRegisteredV1 = defineEvent({
  service: 'intake',
  family: 'participant',
  name: 'participant-registered',
  version: 1,
  description: 'A participant was registered by a caseworker of the node.',
  schema: Type.Object({
    participantId: Type.String({ format: 'uuid' }),
    municipality: MunicipalityId,
    registeredAt: Type.String({ format: 'date-time' }),
    languages: Type.Array(Type.Object({ code: Type.String({ pattern: '^[a-z]{2,3}$' }), level: CefrLevel })),
  }),
  example: {
    participantId: '3f1c2a6e-8d4b-4f5a-9c1e-2b7d6a0e9f11',
    municipality: 'de-goerlitz',
    registeredAt: '2026-11-22T09:30:00.000Z',
    languages: [{ code: 'uk', level: 'C2' }, { code: 'de', level: 'A2' }],
  },
});
