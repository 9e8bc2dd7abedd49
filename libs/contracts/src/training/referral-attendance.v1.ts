import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-contract';
import { ReferralId } from '../intake/referral/referral-schemas';
import { AttendanceStatusSchema } from './training-schemas';

/**
 * A referred trainee's attendance at one session, sent signed to the referring (home) node, whose
 * support service pays stipends by it. Only while the participant consents to progress sharing.
 */
export const ReferralAttendanceV1 = defineEvent({
  service: 'training',
  family: 'referral-progress',
  name: 'referral-attendance',
  version: 1,
  exchange: true,
  description:
    "A referred trainee's attendance at one session of a program in this node, for the home node's stipends; " +
    'a later message for the same session replaces the earlier one. Sent only while the participant consents to progress sharing.',
  schema: Type.Object({
    referralId: ReferralId,
    sessionId: Type.String({ format: 'uuid' }),
    date: Type.String({ format: 'date' }),
    status: AttendanceStatusSchema,
    recordedAt: Type.String({ format: 'date-time' }),
  }),
  example: {
    referralId: '0b8f8a0e-3c1d-4b7e-9f2a-5d6c7e8f9a01',
    sessionId: '7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910',
    date: '2026-12-02',
    status: 'present',
    recordedAt: '2026-12-02T20:45:00.000Z',
  },
});
