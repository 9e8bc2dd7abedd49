import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-contract';

export const ConsentWithdrawnV1 = defineEvent({
  service: 'intake',
  family: 'participant',
  name: 'consent-withdrawn',
  version: 1,
  description: 'A participant withdrew a consent; whoever holds data under it must stop using it.',
  schema: Type.Object({
    consentId: Type.String({ format: 'uuid' }),
    participantId: Type.String({ format: 'uuid' }),
    withdrawnAt: Type.String({ format: 'date-time' }),
  }),
  example: {
    consentId: '9b2e4c1a-7f3d-4e8b-a6c5-1d2f3e4a5b6c',
    participantId: '3f1c2a6e-8d4b-4f5a-9c1e-2b7d6a0e9f11',
    withdrawnAt: '2026-12-01T14:00:00.000Z',
  },
});
