import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-contract';
import { REFERRED_SESSION_ATTENDANCE_EXAMPLE, ReferredSessionAttendance } from './training-schemas';

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
  schema: Type.Object(ReferredSessionAttendance),
  example: REFERRED_SESSION_ATTENDANCE_EXAMPLE,
});
