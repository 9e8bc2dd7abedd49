import { type TProperties, Type } from '@sinclair/typebox';
import { defineEvent } from '../event-contract';
import { AGE_BANDS, GENDERS } from '../intake/participant-demographics.v1';
import { PLACEMENT_END_REASONS, PlacementTypeSchema, RETENTION_CHECKPOINT_DAYS, WAGE_PERIODS } from './placement-schemas';

/** A keyed hash: stable for one audience (the public topic, or one integrator), unlinkable across audiences. */
const Pseudonym = Type.String({ pattern: '^[A-Za-z0-9_-]{22}$' });
const Day = Type.String({ format: 'date' });

/** A wage rounded into a band, so no single pay slip can be recognised. */
export const WageBand = Type.Object({
  currency: Type.String({ pattern: '^[A-Z]{3}$' }),
  period: Type.Union(WAGE_PERIODS.map((period) => Type.Literal(period))),
  fromMinor: Type.Integer({ minimum: 0 }),
  toMinor: Type.Integer({ minimum: 1 }),
});

const EXAMPLE = { participant: 'Qm9vdGgtcHNldWRvbnltMQ', placement: 'cGxhY2VtZW50LXBzZXVkbw' };
const EXAMPLE_BAND = { currency: 'PLN', period: 'month', fromMinor: 450000, toMinor: 500000 } as const;

/**
 * The integrators' view of a placement event, on `<municipality>.placement.public.v1` and in webhooks:
 * pseudonyms for participant and placement, codes, dates and wage bands. No name, birth date, contact,
 * employer or site address; gender and age band only where enough placements share them.
 */
function publicEvent<P extends TProperties>(name: string, description: string, extra: P, example: Record<string, unknown>) {
  return defineEvent({
    service: 'placement',
    family: 'public',
    name: `public-${name}`,
    version: 1,
    description,
    schema: Type.Object({ participant: Pseudonym, placement: Pseudonym, ...extra }),
    example: { ...EXAMPLE, ...example } as never,
  });
}

export const PublicPlacementStartedV1 = publicEvent(
  'placement-started',
  'A placement started. `gender` and `ageBand` are present only when the cell (occupation, type, gender, age band) holds enough placements.',
  {
    type: PlacementTypeSchema,
    occupation: Type.String({ pattern: '^[0-9]{4}$', description: 'ISCO-08 unit group' }),
    sectors: Type.Array(Type.String({ pattern: '^[A-U]$' }), { description: 'NACE Rev. 2 sections of the employer; empty on one’s own account' }),
    siteMunicipality: Type.String({ maxLength: 64 }),
    startedOn: Day,
    contractedHoursPerWeek: Type.Number({ minimum: 0, maximum: 80 }),
    wageBand: WageBand,
    gender: Type.Optional(Type.Union(GENDERS.map((gender) => Type.Literal(gender)))),
    ageBand: Type.Optional(Type.Union(AGE_BANDS.map((band) => Type.Literal(band)))),
  },
  {
    type: 'job',
    occupation: '7212',
    sectors: ['C'],
    siteMunicipality: 'pl-zgorzelec',
    startedOn: '2027-04-01',
    contractedHoursPerWeek: 40,
    wageBand: EXAMPLE_BAND,
    gender: 'female',
    ageBand: '25-34',
  },
);

export const PublicPlacementEndedV1 = publicEvent(
  'placement-ended',
  'A placement ended, with its coarse reason code.',
  { endedOn: Day, reason: Type.Union(PLACEMENT_END_REASONS.map((reason) => Type.Literal(reason))) },
  { endedOn: '2027-09-30', reason: 'moved-to-other-job' },
);

export const PublicRetentionRecordedV1 = publicEvent(
  'retention-recorded',
  'A retention checkpoint was answered: still employed, and the wage band then.',
  {
    checkpointDays: Type.Union(RETENTION_CHECKPOINT_DAYS.map((days) => Type.Literal(days))),
    recordedOn: Day,
    stillEmployed: Type.Boolean(),
    wageBand: Type.Optional(WageBand),
  },
  { checkpointDays: 90, recordedOn: '2027-07-01', stillEmployed: true, wageBand: EXAMPLE_BAND },
);

export const PublicWageRecordedV1 = publicEvent(
  'wage-recorded',
  "A placement's wage band from a date on.",
  { effectiveOn: Day, wageBand: WageBand },
  { effectiveOn: '2027-07-01', wageBand: EXAMPLE_BAND },
);
