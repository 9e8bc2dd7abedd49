import { Type } from '@sinclair/typebox';
import { defineEvent } from '../../event-contract';
import { REFERRED_SESSION_ATTENDANCE_EXAMPLE, ReferredSessionAttendance } from '../../training/training-schemas';

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
  schema: Type.Object({ participantId: Type.String({ format: 'uuid' }), ...ReferredSessionAttendance }),
  example: { participantId: '3f1c2a6e-8d4b-4f5a-9c1e-2b7d6a0e9f11', ...REFERRED_SESSION_ATTENDANCE_EXAMPLE },
});
