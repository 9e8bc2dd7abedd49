import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-contract';
import { ConsentPurposeSchema } from '../common-schemas';

export const ConsentGrantedV1 = defineEvent({
  service: 'intake',
  family: 'participant',
  name: 'consent-granted',
  version: 1,
  description: 'A participant granted a consent covering the listed purposes.',
  schema: Type.Object({
    consentId: Type.String({ format: 'uuid' }),
    participantId: Type.String({ format: 'uuid' }),
    purposes: Type.Array(ConsentPurposeSchema, { minItems: 1 }),
    noticeVersion: Type.String({ minLength: 1, maxLength: 32 }),
    grantedAt: Type.String({ format: 'date-time' }),
  }),
  example: {
    consentId: '9b2e4c1a-7f3d-4e8b-a6c5-1d2f3e4a5b6c',
    participantId: '3f1c2a6e-8d4b-4f5a-9c1e-2b7d6a0e9f11',
    purposes: ['cross-border-referral', 'progress-sharing'],
    noticeVersion: '2026-01',
    grantedAt: '2026-11-22T09:35:00.000Z',
  },
});
