import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-contract';
import { AttendanceStatusSchema, TraineeRef, Uuid } from './training-schemas';

/** One batch per session and entry, keyed by session, so a correction follows the first entry. */
export const AttendanceRecordedV1 = defineEvent({
  service: 'training',
  family: 'attendance',
  name: 'attendance-recorded',
  version: 1,
  description:
    "A trainer recorded who attended one session (present, absent, excused); a later entry for the same trainee replaces the earlier one. " +
    'Support services compute stipends from it.',
  schema: Type.Object({
    sessionId: Uuid,
    cohortId: Uuid,
    programId: Uuid,
    date: Type.String({ format: 'date' }),
    recordedAt: Type.String({ format: 'date-time' }),
    records: Type.Array(Type.Object({ enrollmentId: Uuid, trainee: TraineeRef, status: AttendanceStatusSchema }), {
      minItems: 1,
      maxItems: 500,
    }),
  }),
  example: {
    sessionId: '7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910',
    cohortId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
    programId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
    date: '2026-12-02',
    recordedAt: '2026-12-02T20:45:00.000Z',
    records: [
      {
        enrollmentId: '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d',
        trainee: { referralId: '0b8f8a0e-3c1d-4b7e-9f2a-5d6c7e8f9a01', homeMunicipality: 'de-goerlitz' },
        status: 'present',
      },
    ],
  },
});
