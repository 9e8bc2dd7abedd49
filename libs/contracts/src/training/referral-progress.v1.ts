import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-contract';
import { ReferralId } from '../intake/referral/referral-schemas';
import { DropReasonSchema } from './training-schemas';

export const PROGRESS_STEPS = ['waitlisted', 'enrolled', 'module-completed', 'completed', 'dropped'] as const;
export type ProgressStep = (typeof PROGRESS_STEPS)[number];

/**
 * What the referring node learns of a referred trainee's training, and only while the participant's
 * consent to progress sharing holds: steps, module codes and titles, a coarse drop reason. No
 * attendance detail, no scores, no names.
 */
export const ReferralProgressV1 = defineEvent({
  service: 'training',
  family: 'referral-progress',
  name: 'referral-progress',
  version: 1,
  exchange: true,
  description:
    "A step of a referred trainee's training, sent signed to the referring node's inbox so its referral timeline shows " +
    'enrolled → modules completed → completed or dropped. Sent only while the participant consents to progress sharing.',
  schema: Type.Object({
    referralId: ReferralId,
    at: Type.String({ format: 'date-time' }),
    step: Type.Union(PROGRESS_STEPS.map((step) => Type.Literal(step))),
    module: Type.Optional(Type.Object({ code: Type.String({ maxLength: 40 }), title: Type.String({ maxLength: 200 }) })),
    reason: Type.Optional(DropReasonSchema),
  }),
  example: {
    referralId: '0b8f8a0e-3c1d-4b7e-9f2a-5d6c7e8f9a01',
    at: '2027-01-15T18:30:00.000Z',
    step: 'module-completed',
    module: { code: 'WLD-101', title: 'Workshop safety and MAG welding basics' },
  },
});
