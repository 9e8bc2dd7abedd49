import { type TProperties, Type } from '@sinclair/typebox';
import { defineEvent } from '../event-contract';
import { EscoSkillUri } from '../common-schemas';
import { DropReasonSchema, EnrollmentIds, Uuid } from './training-schemas';

const EXAMPLE_IDS = {
  enrollmentId: '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d',
  cohortId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  programId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
  trainee: { referralId: '0b8f8a0e-3c1d-4b7e-9f2a-5d6c7e8f9a01', homeMunicipality: 'de-goerlitz' },
};

/** An event of one enrollment, keyed by its id so each trainee's events stay in order. */
function enrollmentEvent<P extends TProperties>(name: string, description: string, extra: P, example: Record<string, unknown>) {
  return defineEvent({
    service: 'training',
    family: 'enrollment',
    name,
    version: 1,
    description,
    schema: Type.Object({ ...EnrollmentIds, ...extra }),
    example: { ...EXAMPLE_IDS, ...example } as never,
  });
}

export const EnrollmentConfirmedV1 = enrollmentEvent(
  'enrollment-confirmed',
  'A trainee holds a place in a cohort: enrolled directly, or promoted from the waitlist when a place freed.',
  { confirmedAt: Type.String({ format: 'date-time' }), fromWaitlist: Type.Boolean() },
  { confirmedAt: '2026-11-24T09:00:00.000Z', fromWaitlist: false },
);

export const EnrollmentWaitlistedV1 = enrollmentEvent(
  'enrollment-waitlisted',
  'The cohort was full: the trainee waits, in order, for a place to free.',
  { waitlistedAt: Type.String({ format: 'date-time' }), position: Type.Integer({ minimum: 1 }) },
  { waitlistedAt: '2026-11-24T09:00:00.000Z', position: 1 },
);

export const ModuleCompletedV1 = enrollmentEvent(
  'module-completed',
  "A trainee passed a module's assessment; recognition issues the module's micro-credential from this. " +
    "`skills` lists the ESCO skills of the module's learning outcomes, which placement matches against vacancies; " +
    'it was added later and is optional, so v1 producers and consumers without it stay compatible.',
  {
    moduleId: Uuid,
    moduleCode: Type.String({ maxLength: 40 }),
    completedOn: Type.String({ format: 'date' }),
    skills: Type.Optional(Type.Array(EscoSkillUri, { maxItems: 200 })),
  },
  {
    moduleId: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
    moduleCode: 'WLD-101',
    completedOn: '2027-01-15',
    skills: ['http://data.europa.eu/esco/skill/4c831013-9027-4ec6-83de-c5c19e68d083'],
  },
);

export const TrainingCompletedV1 = enrollmentEvent(
  'training-completed',
  "A trainee completed every required module of the program and met its attendance threshold.",
  { completedOn: Type.String({ format: 'date' }), attendanceRate: Type.Number({ minimum: 0, maximum: 1 }) },
  { completedOn: '2027-03-20', attendanceRate: 0.92 },
);

export const TrainingDroppedV1 = enrollmentEvent(
  'training-dropped',
  'A trainee left the program before completing it, with a coarse reason code; a waitlisted trainee may take the place.',
  { droppedAt: Type.String({ format: 'date-time' }), reason: DropReasonSchema },
  { droppedAt: '2027-01-10T16:00:00.000Z', reason: 'found-employment' },
);
