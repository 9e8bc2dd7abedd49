import { type TProperties, Type } from '@sinclair/typebox';
import { defineEvent } from '../event-contract';
import { PLACEMENT_END_REASONS, PlacementTypeSchema, RETENTION_CHECKPOINT_DAYS, Wage } from './placement-schemas';

const Uuid = Type.String({ format: 'uuid' });
const Day = Type.String({ format: 'date' });

const EXAMPLE = {
  placementId: '5e4d3c2b-1a09-4f8e-9d7c-6b5a49382716',
  participantId: '3f1c2a6e-8d4b-4f5a-9c1e-2b7d6a0e9f11',
};

/** An event of one placement, keyed by it: ids, dates, codes and wages, never names or contacts. */
function placementEvent<P extends TProperties>(name: string, description: string, extra: P, example: Record<string, unknown>) {
  return defineEvent({
    service: 'placement',
    family: 'placement',
    name,
    version: 1,
    description,
    schema: Type.Object({ placementId: Uuid, participantId: Uuid, ...extra }),
    example: { ...EXAMPLE, ...example } as never,
  });
}

export const PlacementStartedV1 = placementEvent(
  'placement-started',
  'A participant started an internship, apprenticeship, work trial, job, self-employment or cooperative membership.',
  {
    type: PlacementTypeSchema,
    employerId: Type.Union([Uuid, Type.Null()]),
    occupation: Type.String({ pattern: '^[0-9]{4}$', description: 'ISCO-08 unit group' }),
    siteMunicipality: Type.String({ maxLength: 64 }),
    startedOn: Day,
    contractedHoursPerWeek: Type.Number({ minimum: 0, maximum: 80 }),
    wage: Wage,
  },
  {
    type: 'job',
    employerId: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
    occupation: '7212',
    siteMunicipality: 'pl-zgorzelec',
    startedOn: '2027-04-01',
    contractedHoursPerWeek: 40,
    wage: { amountMinor: 480000, currency: 'PLN', period: 'month' },
  },
);

export const PlacementEndedV1 = placementEvent(
  'placement-ended',
  'A placement ended, with a coarse reason code.',
  { endedOn: Day, reason: Type.Union(PLACEMENT_END_REASONS.map((reason) => Type.Literal(reason))) },
  { endedOn: '2027-09-30', reason: 'moved-to-other-job' },
);

export const RetentionRecordedV1 = placementEvent(
  'retention-recorded',
  'A retention checkpoint (30, 90, 180 or 365 days after the start) was answered: still employed, and the wage then.',
  {
    checkpointDays: Type.Union(RETENTION_CHECKPOINT_DAYS.map((days) => Type.Literal(days))),
    recordedOn: Day,
    stillEmployed: Type.Boolean(),
    wage: Type.Optional(Wage),
  },
  { checkpointDays: 90, recordedOn: '2027-07-01', stillEmployed: true, wage: { amountMinor: 520000, currency: 'PLN', period: 'month' } },
);

export const WageRecordedV1 = placementEvent(
  'wage-recorded',
  "A placement's wage from a date on: the start wage, a raise, or what a retention checkpoint found.",
  { effectiveOn: Day, wage: Wage },
  { effectiveOn: '2027-07-01', wage: { amountMinor: 520000, currency: 'PLN', period: 'month' } },
);
