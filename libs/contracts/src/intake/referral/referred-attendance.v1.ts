import { Type } from '@sinclair/typebox';
import { defineEvent } from '../../event-contract';
import { AttendanceStatusSchema } from '../../training/training-schemas';
import { ReferralId } from './referral-schemas';

/**
 * Node-local, on the home node: a resident's attendance at a program across the border, as the
 * partner reported it and the participant's consent to progress sharing let it in. The support
 * service pays stipends by it as it does by local attendance.
 */
export const ReferredAttendanceRecordedV1 = defineEvent({
  service: 'intake',
  family: 'referral',
  name: 'referred-attendance-recorded',
  version: 1,
  description:
    "A resident's attendance at one session of a program in a partner node, received through the exchange and let in by the " +
    "participant's consent to progress sharing; a later one for the same session replaces the earlier.",
  schema: Type.Object({
    participantId: Type.String({ format: 'uuid' }),
    referralId: ReferralId,
    sessionId: Type.String({ format: 'uuid' }),
    date: Type.String({ format: 'date' }),
    status: AttendanceStatusSchema,
    recordedAt: Type.String({ format: 'date-time' }),
  }),
  example: {
    participantId: '3f1c2a6e-8d4b-4f5a-9c1e-2b7d6a0e9f11',
    referralId: '0b8f8a0e-3c1d-4b7e-9f2a-5d6c7e8f9a01',
    sessionId: '7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910',
    date: '2026-12-02',
    status: 'present',
    recordedAt: '2026-12-02T20:45:00.000Z',
  },
});
