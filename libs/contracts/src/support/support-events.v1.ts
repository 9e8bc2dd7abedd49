import { type TProperties, Type } from '@sinclair/typebox';
import { defineEvent } from '../event-contract';
import { Money, STIPEND_OUTCOMES, SUPPORT_END_REASONS, SupportTypeSchema } from './support-schemas';

const Uuid = Type.String({ format: 'uuid' });
const Day = Type.String({ format: 'date' });

const EXAMPLE = {
  entitlementId: '4d3c2b1a-0f9e-4d8c-b7a6-5f4e3d2c1b0a',
  participantId: '3f1c2a6e-8d4b-4f5a-9c1e-2b7d6a0e9f11',
  supportType: 'stipend',
};

/**
 * An event of one entitlement: type, period, amounts and ids only. Why someone gets support, and
 * anything a social worker notes, never leaves the support database.
 */
function entitlementEvent<P extends TProperties>(name: string, description: string, extra: P, example: Record<string, unknown>) {
  return defineEvent({
    service: 'support',
    family: 'entitlement',
    name,
    version: 1,
    description,
    schema: Type.Object({ entitlementId: Uuid, participantId: Uuid, supportType: SupportTypeSchema, ...extra }),
    example: { ...EXAMPLE, ...example } as never,
  });
}

export const SupportGrantedV1 = entitlementEvent(
  'support-granted',
  'A support entitlement was approved (by a second approver when it is over the four-eyes threshold) and committed to a budget.',
  {
    from: Day,
    to: Day,
    cap: Money,
    capUnits: Type.Optional(Type.Integer({ minimum: 1 })),
    fundingSourceId: Uuid,
    grantedAt: Type.String({ format: 'date-time' }),
  },
  {
    from: '2026-12-01',
    to: '2027-03-31',
    cap: { amountMinor: 120000, currency: 'EUR' },
    fundingSourceId: '8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d',
    grantedAt: '2026-11-25T10:00:00.000Z',
  },
);

export const SupportDeliveredV1 = entitlementEvent(
  'support-delivered',
  'Support was delivered under an entitlement and charged to its budget.',
  { deliveryId: Uuid, date: Day, units: Type.Number({ exclusiveMinimum: 0 }), cost: Money, recordedAt: Type.String({ format: 'date-time' }) },
  { supportType: 'childcare', deliveryId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', date: '2026-12-02', units: 3, cost: { amountMinor: 4500, currency: 'EUR' }, recordedAt: '2026-12-02T21:00:00.000Z' },
);

export const SupportEndedV1 = entitlementEvent(
  'support-ended',
  'An entitlement ended; what it committed and did not spend returns to its budget.',
  { endedOn: Day, reason: Type.Union(SUPPORT_END_REASONS.map((reason) => Type.Literal(reason))) },
  { endedOn: '2027-01-10', reason: 'training-ended' },
);

export const StipendCalculatedV1 = entitlementEvent(
  'stipend-calculated',
  "A month's stipend was computed from the trainee's attendance, local or across the border, by the entitlement's rule.",
  {
    month: Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' }),
    attendanceRate: Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()]),
    outcome: Type.Union(STIPEND_OUTCOMES.map((outcome) => Type.Literal(outcome))),
    amount: Money,
    calculatedAt: Type.String({ format: 'date-time' }),
  },
  { month: '2026-12', attendanceRate: 0.85, outcome: 'full', amount: { amountMinor: 30000, currency: 'EUR' }, calculatedAt: '2027-01-02T06:00:00.000Z' },
);
