import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-contract';

export const GENDERS = ['female', 'male', 'diverse', 'undisclosed'] as const;
export type Gender = (typeof GENDERS)[number];

/** Coarse on purpose: outcome figures need the band, and a band hides the birth date. */
export const AGE_BANDS = ['under-25', '25-34', '35-44', '45-54', '55-plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

const AGE_BAND_FLOORS: ReadonlyArray<[number, AgeBand]> = [
  [55, '55-plus'],
  [45, '45-54'],
  [35, '35-44'],
  [25, '25-34'],
];

/** The band of someone born on `dateOfBirth` (YYYY-MM-DD), in completed years on `on`. */
export function ageBandOn(dateOfBirth: string, on: Date): AgeBand {
  const [year, month, day] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const hadBirthday = on.getUTCMonth() + 1 > month || (on.getUTCMonth() + 1 === month && on.getUTCDate() >= day);
  const age = on.getUTCFullYear() - year - (hadBirthday ? 0 : 1);
  return AGE_BAND_FLOORS.find(([floor]) => age >= floor)?.[1] ?? 'under-25';
}

/**
 * Node-local only, never on the exchange: gender and age band at registration, for outcome figures and
 * for public placement events where cells are large enough. No birth date, and never the residence status.
 */
export const ParticipantDemographicsV1 = defineEvent({
  service: 'intake',
  family: 'participant',
  name: 'participant-demographics',
  version: 1,
  description: "A participant's gender and age band at registration, for aggregate outcome figures; no birth date, no status.",
  schema: Type.Object({
    participantId: Type.String({ format: 'uuid' }),
    gender: Type.Union(GENDERS.map((gender) => Type.Literal(gender))),
    ageBandAtRegistration: Type.Union(AGE_BANDS.map((band) => Type.Literal(band))),
  }),
  example: { participantId: '3f1c2a6e-8d4b-4f5a-9c1e-2b7d6a0e9f11', gender: 'female', ageBandAtRegistration: '25-34' },
});
